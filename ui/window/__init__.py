"""The main window's parts by job: commands, counts, databases and undo steps."""
