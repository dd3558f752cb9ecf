import datetime

import pytest
from django.utils import timezone

from newsletter import slots
from newsletter.apps import check_send_rhythm


@pytest.fixture(autouse=True)
def rhythm(settings):
    settings.TIME_ZONE = "America/New_York"
    settings.NEWSLETTER_FIRST_TUESDAY = datetime.date(2025, 1, 7)
    settings.NEWSLETTER_SEND_HOUR = 9


def local(text):
    return timezone.make_aware(datetime.datetime.fromisoformat(text))


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("2024-11-20 12:00", "2025-01-07 09:00"),  # before the first Tuesday
        ("2025-01-07 08:59", "2025-01-07 09:00"),
        ("2025-01-07 09:00", "2025-01-21 09:00"),  # the slot itself has passed
        ("2025-01-14 10:00", "2025-01-21 09:00"),  # the off-week Tuesday is skipped
        ("2025-01-21 09:01", "2025-02-04 09:00"),
    ],
)
def test_the_next_slot_is_the_next_every_other_tuesday_at_the_send_hour(after, expected):
    assert slots.next_slot(after=local(after)) == local(expected)


def test_slots_keep_the_local_hour_across_daylight_saving_changes():
    winter = slots.next_slot(after=local("2025-03-01 00:00"))
    summer = slots.next_slot(after=winter)
    assert (winter, summer) == (local("2025-03-04 09:00"), local("2025-03-18 09:00"))
    assert timezone.localtime(summer).hour == 9
    elapsed = summer.astimezone(datetime.UTC) - winter.astimezone(datetime.UTC)
    assert elapsed == datetime.timedelta(days=14) - datetime.timedelta(hours=1)


def test_a_tuesday_taken_by_another_issue_is_skipped():
    taken = [local("2025-01-21 14:30")]  # any time that day takes the slot
    assert slots.next_slot(after=local("2025-01-15 12:00"), taken=taken) == local(
        "2025-02-04 09:00"
    )


def test_every_proposed_slot_is_a_tuesday_two_weeks_apart():
    slot = slots.next_slot(after=local("2025-01-01 00:00"))
    for _ in range(60):
        following = slots.next_slot(after=slot)
        assert timezone.localtime(following).weekday() == 1
        assert (timezone.localtime(following).date() - timezone.localtime(slot).date()).days == 14
        slot = following


def test_the_system_check_catches_a_first_tuesday_that_is_not_one(settings):
    settings.NEWSLETTER_FIRST_TUESDAY = datetime.date(2025, 1, 8)
    assert [error.id for error in check_send_rhythm()] == ["newsletter.E001"]
