"""Places: the country and area list, and recognising town names."""

from app.places.countries import (
    Country,
    all_countries,
    country_name,
    get_country,
    resolve_country,
)
from app.places.town_names import NameGroup, same_town, similar_names, town_key, town_keys

__all__ = [
    "Country",
    "NameGroup",
    "all_countries",
    "country_name",
    "get_country",
    "resolve_country",
    "same_town",
    "similar_names",
    "town_key",
    "town_keys",
]
