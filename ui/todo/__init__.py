"""The to-do list and the term evaluation pages, for the main window's navigation."""

from ui.todo.term_view import TermEvaluationView
from ui.todo.todo_view import TodoView

__all__ = ["TermEvaluationView", "TodoView"]
