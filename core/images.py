"""Uploaded images: refuse what is unsafe or too big, then make responsive renditions."""

import hashlib
import io
import warnings

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.template.defaultfilters import filesizeformat
from PIL import Image, ImageOps

# Pillow refuses outright anything over twice this; we refuse anything over it, with a message.
Image.MAX_IMAGE_PIXELS = settings.MAX_IMAGE_PIXELS

# Only what browsers show everywhere; other formats (EPS runs Ghostscript!) are refused.
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
RENDITION_FORMATS = (("webp", "WEBP", "image/webp"), ("jpg", "JPEG", "image/jpeg"))


def check_image_upload(upload):
    """Raise a ValidationError an editor understands unless `upload` is a sane image."""
    if upload.size > settings.MAX_IMAGE_UPLOAD_BYTES:
        raise ValidationError(
            "This file is %(size)s; images may be at most %(limit)s.",
            code="file_too_large",
            params={
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(settings.MAX_IMAGE_UPLOAD_BYTES),
            },
        )
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            # We compare the size with our own limit below and say what it is.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(upload, formats=ACCEPTED_FORMATS) as image:
                width, height = image.size
                if width * height > settings.MAX_IMAGE_PIXELS:
                    raise _too_many_pixels(width, height)
                image.load()  # decode every pixel now, so a truncated file fails here
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        raise _too_many_pixels(None, None) from None
    except Exception:
        raise ValidationError(
            "This file is not an image we can use. Upload a JPEG, PNG or WebP file.",
            code="invalid_image",
        ) from None
    finally:
        upload.seek(0)


def _too_many_pixels(width, height):
    limit = settings.MAX_IMAGE_PIXELS / 1_000_000
    if width and height:
        return ValidationError(
            "This image is %(width)s × %(height)s pixels; the limit is %(limit)g megapixels.",
            code="too_many_pixels",
            params={"width": width, "height": height, "limit": limit},
        )
    return ValidationError(
        "This image is larger than %(limit)g megapixels.",
        code="too_many_pixels",
        params={"limit": limit},
    )


class SafeImageFormField(forms.ImageField):
    def to_python(self, data):
        if data is not None and hasattr(data, "size"):
            check_image_upload(data)
        return super().to_python(data)


class SafeImageField(models.ImageField):
    """An ImageField whose form refuses huge files, decompression bombs and non-images."""

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": SafeImageFormField, **kwargs})


PAGE_BACKGROUND = (255, 255, 255)


def _flattened(image):
    background = Image.new("RGB", image.size, PAGE_BACKGROUND)
    background.paste(image, mask=image.getchannel("A"))
    return background


def make_renditions(field_file, *, widths=None) -> dict:
    """Write WebP and JPEG copies of an image at several widths; return their description.

    Files are named after the source's content hash, so they never change once written and
    old revisions keep pointing at valid files.
    """
    widths = widths or settings.HERO_RENDITION_WIDTHS
    field_file.open("rb")
    try:
        data = field_file.read()
    finally:
        field_file.close()
    digest = hashlib.sha256(data).hexdigest()[:16]
    with Image.open(io.BytesIO(data)) as source:
        image = ImageOps.exif_transpose(source)
        has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
        image = image.convert("RGBA" if has_alpha else "RGB")
    # WebP keeps transparency (the page shows through, in light and dark schemes); JPEG has
    # none, so transparent parts are flattened onto the light page background, not black.
    flat = _flattened(image) if has_alpha else image
    # The configured widths the image can fill, plus its own width when it is narrower than
    # the largest (a 1200 px upload gets 480, 960 and 1200).
    usable = sorted({w for w in widths if w < image.width} | {min(image.width, max(widths))})
    renditions = {ext: [] for ext, _, _ in RENDITION_FORMATS}
    for width in usable:
        height = round(image.height * width / image.width)
        for ext, pil_format, _ in RENDITION_FORMATS:
            name = f"renditions/{digest}-{width}.{ext}"
            if not default_storage.exists(name):
                source_image = image if pil_format == "WEBP" else flat
                resized = source_image.resize((width, height), Image.Resampling.LANCZOS)
                buffer = io.BytesIO()
                resized.save(buffer, pil_format, quality=80, optimize=True)
                default_storage.save(name, ContentFile(buffer.getvalue()))
            renditions[ext].append({"width": width, "name": name})
    return {
        "source": field_file.name,
        "width": image.width,
        "height": image.height,
        **renditions,
    }
