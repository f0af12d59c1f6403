"""The municipality's workflows: trip steps and their rules, term evaluations, ending.

The trip rules are checked on every save of a trip (from a form, an import or
the command line): the trip's kind names :func:`app.workflow.trips.check_trip`
among its checks (app.services.kinds.work), so nothing needs to import this
package first.

- :mod:`app.workflow.trips`: the steps of a trip and the approval and
  report-back rules;
- :mod:`app.workflow.terms`: the evaluation sheet of a term of office,
  starting an evaluation, ending a twinning;
- :mod:`app.workflow.context`: home towns, twin towns, rates and rules read in
  one session.
"""
