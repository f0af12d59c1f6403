"""One twin town seen whole: its twinnings, their timeline and status, and what is linked to it."""
