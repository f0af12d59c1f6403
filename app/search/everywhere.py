"""Search everywhere: every record kind's text, a town's other names, attachments.

On SQLite the words are looked up in the FTS5 index of db.search_index (each
word a prefix, all words in the same record); on PostgreSQL the server's own
full-text search runs over the same columns ('simple' configuration, accents
folded with ``translate``), so both find "Göteborg" for "goteborg" as you type.
Results come grouped by kind with the number of records found and, for the
first few, the field and the words that matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, current_language, translate
from app.places.countries import country_name
from app.places.folding import fold
from app.services.kinds import KINDS
from app.services.record_labels import labels_in
from db import search_index as index
from db.search_index import SOURCES, Source
from db.session import Database

# Word characters without the underscore: what both full-text engines call a token.
_TOKEN = re.compile(r"[^\W_]+")
EXCERPT_CHARS = 90
# Above this many records of one kind the first few are not ranked (see _found_sqlite).
RANKED_AT_MOST = 2_000
ATTACHMENT = "attachment"
# The order of the groups: the coordinator's main records first.
KIND_ORDER = (
    "town", "twinning", "trip", "activity", "agreement", "decision", "organisation", "person",
    "network", "meeting", "policy", "grant", "evaluation", "agreement_action", "policy_revision",
    "network_member", "member_count", "reference_fact", ATTACHMENT,
)  # fmt: skip


@dataclass(frozen=True)
class Hit:
    """One record found: what it is called, where the words matched, and what it opens."""

    kind: str  # the group's kind ("attachment" for an attachment)
    record_id: int
    label: str
    field: str  # the translated label of the field that matched ("" when unknown)
    excerpt: str  # the matched text, cut around the first match
    open_kind: str  # the record Enter opens: an attachment opens the record it belongs to
    open_id: int


@dataclass(frozen=True)
class Group:
    """The records of one kind that were found; ``hits`` holds the first of them."""

    kind: str
    title: str  # translated plural ("Vänorter")
    total: int
    hits: tuple[Hit, ...]

    @property
    def heading(self) -> str:
        """The group's heading with its count: "Vänorter (3)"."""
        return (
            translate("Search", "%1 (%2)").replace("%1", self.title).replace("%2", str(self.total))
        )


@dataclass(frozen=True)
class Results:
    """What a search of the whole register found, grouped by kind."""

    text: str
    groups: tuple[Group, ...]

    @property
    def total(self) -> int:
        """How many records were found, all kinds together."""
        return sum(g.total for g in self.groups)


def words_of(search_text: str) -> list[str]:
    """The words of what was typed, as tokens both engines understand (no punctuation)."""
    return _TOKEN.findall(search_text)


def search(db: Database, search_text: str, limit_per_kind: int = 5) -> Results:
    """Every record whose text holds each typed word as the start of a word.

    Groups are ordered as the coordinator's work is (towns first); within a group
    the best matches come first. Nothing typed, or nothing but punctuation, finds nothing.
    """
    words = words_of(search_text)
    if not words:
        return Results(search_text, ())
    with db.reading() as session:
        if session.get_bind().dialect.name == "sqlite":
            found = _found_sqlite(session, words, limit_per_kind)
        else:
            found = _found_server(session, words, limit_per_kind)
        groups = [
            _group(session, kind, total, firsts, words, limit_per_kind)
            for kind, (total, firsts) in sorted(found.items(), key=lambda i: _order(i[0]))
            if total
        ]
    return Results(search_text, tuple(groups))


def _order(kind: str) -> int:
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def _by_kind() -> dict[str, list[Source]]:
    kinds: dict[str, list[Source]] = {}
    for source in SOURCES:
        kinds.setdefault(source.kind, []).append(source)
    return kinds


# ------------------------------------------------------------ SQLite: the FTS5 index


def fts_query(words: Sequence[str]) -> str:
    """An FTS5 query: every word quoted (no operator can slip in) and a prefix."""
    return " ".join('"' + index.spell_out(w).replace('"', '""') + '"*' for w in words)


def _found_sqlite(
    session: Session, words: Sequence[str], limit: int
) -> dict[str, tuple[int, list[tuple[Source, int]]]]:
    # Two statements for all kinds together: one keystroke, two round trips.
    params: dict[str, Any] = {"q": fts_query(words), "n": limit}
    for source in SOURCES:
        params[f"lo{source.number}"], params[f"hi{source.number}"] = index.rowid_range(source)
    kinds = _by_kind()
    counted = session.execute(
        text("SELECT " + ", ".join(_count_sql(sources) for sources in kinds.values())), params
    ).one()
    counts = {kind: int(n) for kind, n in zip(kinds, counted, strict=True)}
    wanted = [s for kind, sources in kinds.items() if counts[kind] for s in sources]
    firsts: dict[str, list[tuple[Source, int]]] = {kind: [] for kind in kinds}
    if wanted:
        by_number = {s.number: s for s in wanted}
        rows = session.execute(
            text(" UNION ALL ".join(_firsts_sql(s, counts[s.kind]) for s in wanted)), params
        )
        for number, row_id in rows:
            source = by_number[int(number)]
            firsts[source.kind].append((source, int(row_id)))
    return {kind: (counts[kind], firsts[kind]) for kind in kinds}


def _matched_sql(source: Source) -> str:
    n = source.number
    return (
        f"SELECT rowid - :lo{n} AS rid FROM {index.TABLE} WHERE {index.TABLE} MATCH :q "
        f"AND rowid BETWEEN :lo{n} AND :hi{n}"
    )


def _count_sql(sources: Sequence[Source]) -> str:
    """How many records of one kind match: rows of the index, or the records behind them."""
    if len(sources) == 1 and sources[0].record_column == "id":
        return f"(SELECT count(*) FROM ({_matched_sql(sources[0])}))"
    parts = [
        _matched_sql(source)
        if source.record_column == "id"
        else f'SELECT s."{source.record_column}" FROM "{source.table}" AS s '
        f"WHERE s.id IN ({_matched_sql(source)})"
        for source in sources
    ]
    # UNION: a town found by its name and by another name counts once.
    return f"(SELECT count(*) FROM ({' UNION '.join(parts)}))"


def _firsts_sql(source: Source, count: int) -> str:
    # Ranking every match of one typed letter costs more than a keystroke may: a
    # short word that matches thousands shows the first in the register's order.
    order = "rank" if count <= RANKED_AT_MOST else "rowid"
    n = source.number
    return (
        f"SELECT * FROM (SELECT {n}, rowid - :lo{n} FROM {index.TABLE} "
        f"WHERE {index.TABLE} MATCH :q AND rowid BETWEEN :lo{n} AND :hi{n} "
        f"ORDER BY {order} LIMIT :n)"
    )


# ------------------------------------------------------------ PostgreSQL: its own full-text search


def _accent_table() -> tuple[str, str]:
    # translate() pairs for every Latin letter with an accent (é→e, Å→A, ø→o): the
    # server needs no unaccent extension, which an office's DBA may not install.
    plain_from, plain_to = [], []
    for code in range(0xC0, 0x250):
        char = chr(code)
        folded = fold(char)
        if len(folded) == 1 and folded != char.lower() and folded.isascii():
            plain_from.append(char)
            plain_to.append(folded)
    return "".join(plain_from), "".join(plain_to)


def _server_vector(source: Source) -> str:
    joined = ", ".join(f's."{c}"' for c in source.columns)
    folded = f"lower(concat_ws(' ', {joined}))"
    # ø, æ, ð … spelled out as on SQLite (and by fold() in the query): "faeroerne", "nykobing".
    for letter, spelled in index.STANDALONE_LETTERS:
        if letter == letter.lower():
            folded = f"replace({folded}, '{letter}', '{spelled}')"
    return f"to_tsvector('simple', translate({folded}, :af, :at))"


def server_query(words: Sequence[str]) -> str:
    """A to_tsquery text: every word folded, as a prefix, all of them required."""
    tokens = [t for w in words for t in _TOKEN.findall(fold(w))]
    return " & ".join(f"{t}:*" for t in tokens)


def _found_server(
    session: Session, words: Sequence[str], limit: int
) -> dict[str, tuple[int, list[tuple[Source, int]]]]:
    query = server_query(words)
    accents_from, accents_to = _accent_table()
    params: dict[str, Any] = {"q": query, "af": accents_from, "at": accents_to, "n": limit}
    found = {}
    for kind, sources in _by_kind().items():
        matches = [
            f'SELECT s."{source.record_column}" AS rid FROM "{source.table}" AS s '
            f"WHERE {_server_vector(source)} @@ to_tsquery('simple', :q)"
            for source in sources
        ]
        count = session.execute(
            text(f"SELECT count(*) FROM ({' UNION '.join(matches)}) AS found"), params
        ).scalar_one()
        firsts: list[tuple[Source, int]] = []
        if count:
            for source in sources:
                vector = _server_vector(source)
                rows = session.execute(
                    text(
                        f'SELECT s.id FROM "{source.table}" AS s '
                        f"WHERE {vector} @@ to_tsquery('simple', :q) "
                        f"ORDER BY ts_rank({vector}, to_tsquery('simple', :q)) DESC, s.id LIMIT :n"
                    ),
                    params,
                )
                firsts.extend((source, int(row_id)) for (row_id,) in rows)
        found[kind] = (int(count), firsts)
    return found


# ------------------------------------------------------------ the hits shown


def _group(
    session: Session,
    kind: str,
    total: int,
    firsts: Sequence[tuple[Source, int]],
    words: Sequence[str],
    limit: int,
) -> Group:
    rows = _source_rows(session, firsts)
    hits: list[Hit] = []
    seen: set[int] = set()
    for source, row_id in firsts:
        row = rows.get((source.number, row_id))
        if row is None:
            continue  # deleted since the index was read
        record_id = int(row["__record"])
        if record_id in seen:
            continue  # a town found by its name and by another name is shown once
        seen.add(record_id)
        field, excerpt = _matched_field(source, row, words)
        hits.append(_hit(kind, record_id, row, field, excerpt, _plain_label(source, row)))
    title = (
        translate("Search", "Attachments") if kind == ATTACHMENT else KINDS[kind].display_plural()
    )
    return Group(kind, title, total, tuple(_label(session, kind, hits[:limit])))


def _plain_label(source: Source, row: dict[str, Any]) -> str:
    """The record's name from the row already read, when it is made of its own text columns.

    Written as app.services.record_labels.labels_in writes it (the words joined by a space);
    a test compares the two. "" when the name needs other records (a twinning's towns).
    """
    if source.record_column != "id" or source.kind not in KINDS:
        return ""
    names = KINDS[source.kind].label_fields
    if not set(names) <= set(source.columns):
        return ""
    return " ".join(str(row[n]) for n in names if row[n] is not None and row[n] != "")


def _source_rows(
    session: Session, firsts: Iterable[tuple[Source, int]]
) -> dict[tuple[int, int], dict[str, Any]]:
    wanted: dict[Source, list[int]] = {}
    for source, row_id in firsts:
        wanted.setdefault(source, []).append(row_id)
    rows: dict[tuple[int, int], dict[str, Any]] = {}
    for source, ids in wanted.items():
        extra = ', s."target_kind", s."target_id"' if source.kind == ATTACHMENT else ""
        columns = ", ".join(f's."{c}"' for c in source.columns)
        result = session.execute(
            text(
                f'SELECT s.id, s."{source.record_column}" AS __record, {columns}{extra} '
                f'FROM "{source.table}" AS s WHERE s.id IN ({", ".join(str(int(i)) for i in ids)})'
            )
        )
        for row in result.mappings():
            rows[(source.number, int(row["id"]))] = dict(row)
    return rows


def _matched_field(source: Source, row: dict[str, Any], words: Sequence[str]) -> tuple[str, str]:
    """The first column holding a typed word's start, and the text around it."""
    # A word start in the folded text; folding "ß" or "æ" moves later letters by one,
    # which only shifts the excerpt a little.
    starts = re.compile("|".join(rf"(?<![^\W_]){re.escape(fold(w))}" for w in words))
    for column in source.columns:
        value = row.get(column)
        if not isinstance(value, str) or not value:
            continue
        match = starts.search(fold(value))
        if match is not None:
            return _field_label(source, column), excerpt_around(value, match.start())
    # The words are spread over several fields: show the first that holds one of them.
    for column in source.columns:
        value = row.get(column)
        if isinstance(value, str) and value:
            return _field_label(source, column), excerpt_around(value, 0)
    return "", ""


def _field_label(source: Source, column: str) -> str:
    if source.table == "town_names":
        return KINDS["town"].field("alternative_names").display_label()
    if source.kind == ATTACHMENT:
        names = {
            "filename": QT_TRANSLATE_NOOP("Search", "File name"),
            "description": QT_TRANSLATE_NOOP("Search", "Description"),
        }
        return translate("Search", names[column]) if column in names else column
    try:
        return KINDS[source.kind].field(column).display_label()
    except KeyError:
        return ""


def excerpt_around(value: str, start: int, width: int = EXCERPT_CHARS) -> str:
    """One line of ``value`` about ``width`` characters long that shows position ``start``."""
    flat = " ".join(value.split())
    # Positions move when runs of white space shrink to one: count them again.
    start = len(" ".join(value[:start].split())) + (1 if value[:start][-1:].isspace() else 0)
    if len(flat) <= width:
        return flat
    begin = max(0, min(start - width // 3, len(flat) - width))
    piece = flat[begin : begin + width]
    return ("…" if begin > 0 else "") + piece + ("…" if begin + width < len(flat) else "")


def _hit(
    kind: str, record_id: int, row: dict[str, Any], field: str, excerpt: str, label: str
) -> Hit:
    if kind == ATTACHMENT:
        return Hit(
            kind, record_id, str(row["filename"]), field, excerpt,
            str(row["target_kind"]), int(row["target_id"]),
        )  # fmt: skip
    return Hit(kind, record_id, label, field, excerpt, kind, record_id)


def _label(session: Session, kind: str, hits: list[Hit]) -> list[Hit]:
    """The hits with their records' names (an attachment: the record it belongs to)."""
    if kind != ATTACHMENT:
        # Read from the records only for what the rows could not name (another name's town).
        unnamed = [h.record_id for h in hits if not h.label]
        labels = {h.record_id: h.label for h in hits if h.label}
        if unnamed:
            labels |= labels_in(session, kind, unnamed)
        if kind == "town" and hits:
            labels = _with_countries(session, labels)
        return [_with_label(h, labels.get(h.record_id, "")) for h in hits]
    labelled = []
    for hit in hits:
        owner = ""
        if hit.open_kind in KINDS:
            names = labels_in(session, hit.open_kind, [hit.open_id])
            owner = (
                translate("Search", "Attached to %1 “%2”")
                .replace("%1", KINDS[hit.open_kind].display_singular().lower())
                .replace("%2", names.get(hit.open_id, "?"))
            )
        labelled.append(_with_label(hit, hit.label, owner))
    return labelled


def _with_countries(session: Session, labels: dict[int, str]) -> dict[int, str]:
    # Many towns share a name across Europe ("Frankfurt"): the country tells them apart.
    ids = ", ".join(str(int(i)) for i in labels)
    rows = session.execute(text(f"SELECT id, country FROM towns WHERE id IN ({ids})"))
    language = current_language()
    named = dict(labels)
    for town_id, code in rows:
        if code:
            named[town_id] = (
                translate("Search", "%1 (%2)")
                .replace("%1", labels[town_id])
                .replace("%2", country_name(code, "sv" if language == "sv" else "en"))
            )
    return named


def _with_label(hit: Hit, label: str, field: str | None = None) -> Hit:
    return replace(hit, label=label, field=hit.field if field is None else field)
