import pytest

from .layout import Layout


@pytest.fixture(scope="session")
def layout():
    site = Layout()
    try:
        site.start()
        yield site
    finally:
        site.stop()
