from django.urls import path

from . import views

urlpatterns = [
    path("contact/", views.contact, name="contact"),
    path("contact/embed/", views.contact_embed, name="contact-embed"),
    path("contact/embed.js", views.embed_script, name="contact-embed-js"),
]
