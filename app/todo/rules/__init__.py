"""The to-do rules, one obligation each (DESIGN.md section 4); :mod:`app.todo.collect` runs them."""
