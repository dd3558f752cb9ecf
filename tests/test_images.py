import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from PIL import Image

from core.images import check_image_upload

from .factories import image_file, make_comparison

pytestmark = pytest.mark.django_db


def png_bomb(width=30_000, height=30_000):
    """A tiny PNG whose header claims a huge canvas (a decompression bomb)."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    row = b"\x00" + b"\x00" * (width // 8)
    pixels = zlib.compress(row * 16)  # truncated on purpose: the header is what matters
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
    return SimpleUploadedFile("bomb.png", data + chunk(b"IEND", b""), content_type="image/png")


def test_a_normal_image_is_accepted():
    check_image_upload(image_file())


def test_a_file_that_is_not_an_image_is_refused():
    fake = SimpleUploadedFile("hero.png", b"<html>not an image</html>", content_type="image/png")
    with pytest.raises(ValidationError, match="not an image"):
        check_image_upload(fake)


def test_a_file_over_the_size_limit_is_refused(settings):
    settings.MAX_IMAGE_UPLOAD_BYTES = 1024
    with pytest.raises(ValidationError, match="images may be at most 1.0"):
        check_image_upload(image_file(size=(400, 400), fmt="BMP"))


def test_a_decompression_bomb_is_refused():
    with pytest.raises(ValidationError, match="megapixels"):
        check_image_upload(png_bomb())


def test_an_image_with_too_many_pixels_is_refused(settings):
    settings.MAX_IMAGE_PIXELS = 1_000_000
    with pytest.raises(ValidationError, match=r"1800 × 900 pixels; the limit is 1 megapixels"):
        check_image_upload(image_file(size=(1800, 900)))


def test_hero_image_gets_webp_and_jpeg_renditions_at_several_widths():
    comparison = make_comparison()
    comparison.hero_image = image_file(size=(1800, 900))
    comparison.save()
    renditions = comparison.hero_renditions
    assert [r["width"] for r in renditions["webp"]] == [480, 960, 1600]
    assert [r["width"] for r in renditions["jpg"]] == [480, 960, 1600]
    assert renditions["webp"][0]["name"].endswith("-480.webp")
    assert (renditions["width"], renditions["height"]) == (1800, 900)


def test_a_small_image_gets_one_rendition_no_wider_than_itself():
    comparison = make_comparison()
    comparison.hero_image = image_file(size=(300, 200))
    comparison.save()
    assert [r["width"] for r in comparison.hero_renditions["jpg"]] == [300]


def test_picture_tag_writes_srcset_for_both_formats_and_the_alt_text():
    comparison = make_comparison()
    comparison.hero_image = image_file(size=(1000, 500))
    comparison.save()
    hero = {**comparison.hero_renditions, "alt": "Two circles"}
    html = Template("{% load pictures %}{% picture hero sizes='100vw' %}").render(
        Context({"hero": hero})
    )
    assert '<source type="image/webp" srcset="/media/renditions/' in html
    assert "480w" in html and "960w" in html
    assert 'alt="Two circles"' in html
    assert 'width="1000" height="500"' in html


def test_no_picture_without_an_image():
    html = Template("{% load pictures %}{% picture hero %}").render(Context({"hero": {}}))
    assert html == ""


def test_bomb_helper_really_is_a_bomb_for_pillow():
    with pytest.raises(Image.DecompressionBombError):
        Image.open(io.BytesIO(png_bomb().read()))


def test_a_bomb_just_over_the_limit_is_refused_with_its_size():
    with pytest.raises(ValidationError, match="7000 × 7000 pixels"):
        check_image_upload(png_bomb(7000, 7000))


def test_a_truncated_image_is_refused_before_it_is_stored():
    whole = image_file(size=(800, 400)).read()
    cut = SimpleUploadedFile("cut.png", whole[: len(whole) // 2], content_type="image/png")
    with pytest.raises(ValidationError, match="not an image we can use"):
        check_image_upload(cut)


@pytest.mark.parametrize("fmt", ["GIF", "TIFF", "BMP"])
def test_formats_other_than_jpeg_png_and_webp_are_refused(fmt):
    with pytest.raises(ValidationError, match="Upload a JPEG, PNG or WebP file"):
        check_image_upload(image_file(f"hero.{fmt.lower()}", size=(200, 100), fmt=fmt))


@pytest.mark.parametrize(
    ("width", "expected"), [(700, [480, 700]), (1200, [480, 960, 1200]), (1600, [480, 960, 1600])]
)
def test_renditions_include_the_image_own_width_when_narrower_than_the_largest(width, expected):
    comparison = make_comparison()
    comparison.hero_image = image_file(size=(width, width // 2))
    comparison.hero_alt = "x"
    comparison.save()
    assert [r["width"] for r in comparison.hero_renditions["jpg"]] == expected


def test_a_hero_image_needs_a_description():
    comparison = make_comparison()
    comparison.hero_image = image_file()
    with pytest.raises(ValidationError) as error:
        comparison.clean()
    assert "hero_alt" in error.value.message_dict


def test_renditions_are_served_with_a_long_cache_lifetime(client):
    comparison = make_comparison()
    comparison.hero_image = image_file(size=(600, 300))
    comparison.hero_alt = "x"
    comparison.save()
    name = comparison.hero_renditions["webp"][0]["name"]
    response = client.get(f"/media/{name}")
    assert response.status_code == 200
    assert "immutable" in response["Cache-Control"]
    assert client.get("/media/renditions/nothing-here.webp").status_code == 404


def _pixel(storage_name, xy):
    from django.core.files.storage import default_storage

    with default_storage.open(storage_name) as handle, Image.open(handle) as image:
        return image.convert("RGBA").getpixel(xy)


def test_a_transparent_png_is_not_turned_black():
    buffer = io.BytesIO()
    Image.new("RGBA", (800, 400), (0, 0, 0, 0)).save(buffer, "PNG")
    comparison = make_comparison(published=False)
    comparison.hero_image = SimpleUploadedFile("clear.png", buffer.getvalue())
    comparison.hero_alt = "A transparent square"
    comparison.save()
    jpeg = comparison.hero_renditions["jpg"][0]["name"]
    webp = comparison.hero_renditions["webp"][0]["name"]
    assert _pixel(jpeg, (10, 10))[:3] == (255, 255, 255)  # flattened onto the page colour
    assert _pixel(webp, (10, 10))[3] == 0  # WebP keeps the transparency
