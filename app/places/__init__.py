"""Places: the country and area list, and recognising town names."""
