"""The ASGI application uvicorn serves."""

import gc

from vakwerk.main import create_app

app = create_app()
# What start-up made lives as long as the process: keep it out of the collector's runs,
# which otherwise walk it again and again under load (pauses of milliseconds).
gc.freeze()
