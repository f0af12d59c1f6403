"""The import wizard's pages, one module each, in the order the user meets them."""
