"""The exemption dashboard: figures on a date, trend, benchmark, new benefits, attention lists."""
