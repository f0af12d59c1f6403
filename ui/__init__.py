"""The PySide6 interface: windows, forms, table models. No SQL here."""

from ui.qt_start import skip_feature_scan

skip_feature_scan()
