"""Lists of records: the table model, the list page with its search and filters."""
