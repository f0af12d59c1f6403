"""Derived knowledge (DESIGN.md section 3): what the register says without anyone typing it.

- :mod:`app.derived.status`: a twinning's status per period and per level (municipal,
  civil) with its evidence; the rule in :mod:`~app.derived.status_rule`, the reading in
  :mod:`~app.derived.status_evidence` and :mod:`~app.derived.status_agreements`, the
  sentences (the rule, each status's grounds, the compact table's line) in
  :mod:`~app.derived.status_wording`;
- :mod:`app.derived.timeline`: the history of a twinning and of a network (with
  :mod:`app.derived.timeline_networks`, :mod:`app.derived.timeline_papers`, :mod:`app.derived.timeline_lines`);
- :mod:`app.derived.rotation`: who hosts a network's next meeting, and when the home town does;
- :mod:`app.derived.totals`: member totals that keep unknown counts visible.

Every function takes the open ``Database``, reads in one session and
returns plain frozen dataclasses.
"""
