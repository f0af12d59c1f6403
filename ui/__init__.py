"""The PySide6 interface: windows, forms, table models. No SQL here."""
