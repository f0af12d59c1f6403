"""The full-text index behind "search everywhere" (SQLite FTS5), kept current by triggers.

One contentless FTS5 table, ``search_index``, holds one row per record: the
record's free-text columns joined by spaces. Its rowid says where the row came
from, ``source << 40 | id``, so the rows of one kind are one rowid range that
FTS5 can search on its own, and no text is stored twice (the matched text is
read from the record itself). ``unicode61 remove_diacritics 2`` makes
"goteborg" find "Göteborg"; the prefix indexes make as-you-type prefix queries
cheap.

Triggers on each source table insert, replace and delete the row: a
contentless table forgets its text, so a delete repeats the old text
(``'delete'`` command) from the trigger's OLD row. The triggers live outside
the ORM models on purpose: the models say what the coordinator keeps, this
module says how it is found, and ``is_index_table`` tells the model comparison
(and autogenerate) to leave these tables alone.

A later migration that rebuilds a source table in batch mode drops that
table's triggers with it: such a migration calls :func:`install` at its end
(with its own copy of the sources), which puts them back and fills the index
again. On PostgreSQL there is no such table; app.search asks the server's own
full-text search instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

TABLE = "search_index"
# Rowid = source number << SOURCE_SHIFT | record id: ids up to 2^40 (a trillion).
SOURCE_SHIFT = 40
TOKENIZER = "unicode61 remove_diacritics 2"
# Letters that are not a base letter with an accent, so unicode61 keeps them:
# spelled out in the indexed text (and in the query, by app.search) so that
# "siglufjordur" finds Siglufjörður and "nykobing" Nykøbing. Built-in replace()
# only, so any program writing to the file runs the triggers unchanged.
STANDALONE_LETTERS: tuple[tuple[str, str], ...] = (
    ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "AE"), ("œ", "oe"), ("Œ", "OE"),
    ("ð", "d"), ("Ð", "D"), ("đ", "d"), ("Đ", "D"), ("þ", "th"), ("Þ", "TH"),
    ("ł", "l"), ("Ł", "L"), ("ß", "ss"),
)  # fmt: skip


@dataclass(frozen=True)
class Source:
    """A table whose text columns are searched, and the record kind a hit opens."""

    number: int  # stable: it is part of every stored rowid
    table: str
    kind: str  # the record kind shown ("town" for a town's other names too)
    columns: tuple[str, ...]
    # The column naming the record a hit opens ("id", or "town_id" for other names).
    record_column: str = "id"


# Every kind's text fields (text, long text, e-mail, web address), a town's other
# names, and attachments' file names and descriptions. A test compares this
# with the kinds' fields, so a new text field is not silently left unsearched.
SOURCES: tuple[Source, ...] = (
    Source(1, "towns", "town", ("name", "local_name", "region", "website", "notes")),
    Source(2, "town_names", "town", ("name",), record_column="town_id"),
    Source(3, "twinnings", "twinning", ("end_reason", "status_override_reason", "notes")),
    Source(4, "networks", "network", ("name", "notes")),
    Source(5, "network_members", "network_member", ("notes",)),
    Source(
        6,
        "network_meetings",
        "meeting",
        ("place", "participants", "follow_up_report", "notes"),
    ),
    Source(7, "organisations", "organisation", ("name", "website", "email", "phone", "notes")),
    Source(8, "member_counts", "member_count", ("note",)),
    Source(9, "persons", "person", ("name", "role", "email", "phone", "languages", "notes")),
    Source(10, "agreements", "agreement", ("title", "signatories", "notes")),
    Source(11, "agreement_actions", "agreement_action", ("title", "responsible")),
    Source(
        12,
        "decisions",
        "decision",
        ("title", "body_name", "section", "registry_no", "summary", "outcome", "distribution"),
    ),
    Source(
        13,
        "trips",
        "trip",
        ("title", "travellers", "purpose", "goals", "results", "funding", "notes"),
    ),
    Source(14, "activities", "activity", ("title", "description", "funding", "source_reference")),
    Source(15, "grants", "grant", ("conditions", "notes")),
    Source(
        16,
        "policy_documents",
        "policy",
        ("title", "owner", "responsible_officer", "scope", "section", "registry_no", "notes"),
    ),
    Source(17, "policy_revisions", "policy_revision", ("section", "registry_no", "description")),
    Source(18, "evaluations", "evaluation", ("activity_summary", "benefit", "notes")),
    Source(
        19,
        "reference_facts",
        "reference_fact",
        ("text", "unit", "source_title", "source_publisher", "source_url", "notes"),
    ),
    Source(20, "attachments", "attachment", ("filename", "description")),
)


def is_index_table(name: str | None) -> bool:
    """True for the index, the shadow tables FTS5 keeps beside it and its triggers."""
    return name is not None and (name == TABLE or name.startswith(TABLE + "_"))


def rowid_range(source: Source) -> tuple[int, int]:
    """The first and last rowid the rows of ``source`` can have."""
    low = source.number << SOURCE_SHIFT
    return low, low + (1 << SOURCE_SHIFT) - 1


def _body(source: Source, row: str) -> str:
    # The same expression for NEW and OLD: a contentless delete must repeat the text exactly.
    parts = [f"coalesce({row}.\"{column}\", '')" for column in source.columns]
    body = " || ' ' || ".join(parts)
    for letter, spelled in STANDALONE_LETTERS:
        body = f"replace({body}, '{letter}', '{spelled}')"
    return body


def spell_out(text: str) -> str:
    """``text`` with the standalone letters spelled out as the index has them."""
    for letter, spelled in STANDALONE_LETTERS:
        text = text.replace(letter, spelled)
    return text


def _rowid(source: Source, row: str) -> str:
    return f'({source.number << SOURCE_SHIFT} + {row}."id")'


def create_table_sql() -> str:
    """The statement creating the index table."""
    return (
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5(body, content='', "
        f"tokenize='{TOKENIZER}', prefix='1 2 3')"
    )


def trigger_sql(source: Source) -> list[str]:
    """The insert, update and delete triggers keeping ``source``'s rows in the index."""
    name = f"{TABLE}_{source.table}"
    insert_new = (
        f"INSERT INTO {TABLE}(rowid, body) "
        f"VALUES ({_rowid(source, 'NEW')}, {_body(source, 'NEW')});"
    )
    delete_old = (
        f"INSERT INTO {TABLE}({TABLE}, rowid, body) "
        f"VALUES ('delete', {_rowid(source, 'OLD')}, {_body(source, 'OLD')});"
    )
    watched = ", ".join(f'"{c}"' for c in source.columns)
    return [
        f'CREATE TRIGGER "{name}_ai" AFTER INSERT ON "{source.table}" BEGIN {insert_new} END',
        # Only a change of the searched text touches the index: saving a form bumps
        # version and updated_at on every save, which must not rewrite the index.
        f'CREATE TRIGGER "{name}_au" AFTER UPDATE OF {watched} ON "{source.table}" '
        f"BEGIN {delete_old} {insert_new} END",
        f'CREATE TRIGGER "{name}_ad" AFTER DELETE ON "{source.table}" BEGIN {delete_old} END',
    ]


def fill_sql(source: Source) -> str:
    """The statement putting every existing row of ``source`` into the index."""
    body = _body(source, "s")
    return (
        f"INSERT INTO {TABLE}(rowid, body) "
        f'SELECT {_rowid(source, "s")}, {body} FROM "{source.table}" AS s'
    )


def install_statements(sources: Sequence[Source] = SOURCES) -> list[str]:
    """Everything :func:`install` runs, in order: drop, create, triggers, fill."""
    statements = [f"DROP TABLE IF EXISTS {TABLE}"]
    for source in sources:
        for suffix in ("ai", "au", "ad"):
            statements.append(f'DROP TRIGGER IF EXISTS "{TABLE}_{source.table}_{suffix}"')
    statements.append(create_table_sql())
    for source in sources:
        statements.extend(trigger_sql(source))
    statements.extend(fill_sql(source) for source in sources)
    return statements


def install(execute: Any, sources: Sequence[Source] = SOURCES) -> None:
    """(Re)create the index, its triggers and its rows through ``execute(sql)``.

    ``execute`` is a DB-API cursor's or an SQLAlchemy connection's
    ``exec_driver_sql``: the migrations and the salvage of a damaged file
    (plain sqlite3) both use it.
    """
    for statement in install_statements(sources):
        execute(statement)
