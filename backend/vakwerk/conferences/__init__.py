"""Case conferences: series, sessions, agendas, the rotation, minutes, dilemmas with
anonymous votes, standpoints and calendar feeds.

The services (with I/O): ``access`` (scopes, loaders, replies), ``planning`` (the
time-driven steps: generation, agenda fill, rotation, in the first transaction that
touches a series), ``series``, ``sessions``, ``tasks`` (rotation read, handovers),
``minutes``, ``votes`` (dilemmas, votes, results), ``standpoints``, ``feeds``, ``demo``.

The pure core (no database, no HTTP): ``schedule`` (sessions in
Europe/Amsterdam, holidays, moves, deadlines, capacity, fixed agendas), ``agenda`` (filling at
the deadline), ``rotation`` (the published plan of note-takers and dilemma chairs, handovers,
counts) and ``calendar`` (RFC 5545 feeds). What the service keeps for them:

- per series: the pattern fields plus ``anchor_seq`` and ``anchor_week`` (changed only by
  ``schedule.change_pattern``);
- per session: ``seq``, date, ``startsAt``/``endsAt``, status, ``cancelReason``, ``moved``,
  ``cancelled_by_hand``, format, the case ids in agenda order, ``version`` (the feeds' SEQUENCE);
- per series member: ``joinedOn``, and ``rotation_from`` when they joined after a plan was
  published (``rotation.rotation_start_for_new_member``);
- the published plan: one row per (session, role) with ``planned_user_id``, ``user_id`` and
  ``flagged``, and the plan's ``horizon_date``;
- every handover (``rotation.Handover``), and the tasks done at held sessions
  (``rotation.tasks_done``: stored, or derived again from the plan and the minutes' absentees).
"""
