"""Files shipped with the program: fonts, icons, translations, data."""
