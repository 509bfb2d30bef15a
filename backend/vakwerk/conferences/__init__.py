"""Case conferences: series, sessions, agendas, the rotation and calendar feeds."""
