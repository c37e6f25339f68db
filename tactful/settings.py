"""Django settings for Tactful, read from the environment (see README: Configuration)."""

from __future__ import annotations

import os
from pathlib import Path

from tactful.config import environment as env

BASE_DIR = Path(__file__).resolve().parent
VAR_DIR = env.var_dir()

SECRET_KEY = env.secret_key()
DEBUG = env.flag("TACTFUL_DEBUG", False)
ALLOWED_HOSTS = env.allowed_hosts()
CSRF_TRUSTED_ORIGINS = [
    f"http://{h}:{p}" for h in ("127.0.0.1", "localhost") for p in (8000, 8001, 8765)
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "channels",
    "tactful.desk",
    "tactful.web",
    "tactful.api",
    "tactful.channels.apps.ChannelsConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "tactful.api.errors.ApiBodyLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "tactful.web.middleware.StaffLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "tactful.urls"
ASGI_APPLICATION = "tactful.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

DATABASES = {"default": env.database_config(os.environ.get("DATABASE_URL"))}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.redis_url()
if REDIS_URL:
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [REDIS_URL]},
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "/login/"
LOGIN_REDIRECT_URL = "/"

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("hu", "Magyar"),
    ("et", "Eesti"),
    ("ro", "Română"),
    ("zh-hans", "简体中文"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = env.time_zone()
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True

# Limits for anything a client sends. The API answers 413 past these.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
TACTFUL_ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"tactful": {"level": "INFO", "propagate": True}},
}
TACTFUL_WORKER_STEPS: list[str] = [
    "tactful.desk.services.deadlines.process_one_due",
    "tactful.desk.services.policies.recompute_step",
    "tactful.desk.services.policies.review_reminder_step",
    "tactful.channels.email.imap.poll_due_mailbox",
    "tactful.channels.email.outbox.send_one_due",
]
# Long-running parts of the worker, started and stopped with it (tactful.desk.worker).
TACTFUL_WORKER_SERVICES: list[str] = [
    "tactful.channels.email.idle.IdleService",  # IMAP IDLE per mailbox; polling without it
]
