"""The ASGI application uvicorn serves."""

from vakwerk.main import create_app

app = create_app()
