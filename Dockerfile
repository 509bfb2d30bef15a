# Production image: API + static frontend. Build: docker compose build
FROM node:20-slim AS assets
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.lock pyproject.toml alembic.ini ./
RUN pip install --no-cache-dir -r requirements.lock
COPY backend backend
COPY migrations migrations
COPY frontend frontend
COPY --from=assets /build/node_modules/swagger-ui-dist node_modules/swagger-ui-dist
# The frontend's component layer (served under /app/vendor/, see main.py).
COPY --from=assets /build/node_modules/preact/dist node_modules/preact/dist
COPY --from=assets /build/node_modules/htm/dist node_modules/htm/dist
COPY --from=assets /build/node_modules/uplot/dist node_modules/uplot/dist
RUN pip install --no-cache-dir --no-deps -e . && useradd --system vakwerk
USER vakwerk
EXPOSE 8000
CMD ["sh", "-c", "vakwerk migrate && vakwerk serve"]
