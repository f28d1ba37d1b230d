"""`chiso.ExchangeRate`: the dated rate that converts money between currencies, which the
error on adding VND to USD asks for."""

import datetime
from decimal import Decimal

import chiso
import pytest

DAY = datetime.date(2024, 12, 31)


def usd_vnd(rate="25450"):
    return chiso.ExchangeRate("USD", "VND", rate, DAY)


def test_properties_repr_equality_and_hash():
    rate = usd_vnd()
    assert (rate.base, rate.quote, rate.rate, rate.date) == ("USD", "VND", Decimal(25450), DAY)
    assert repr(rate) == "ExchangeRate('USD', 'VND', '25450', '2024-12-31')"
    assert eval(repr(rate), {"ExchangeRate": chiso.ExchangeRate}) == rate
    assert rate == chiso.ExchangeRate("USD", "VND", 25450, "2024-12-31")
    assert hash(rate) == hash(usd_vnd())
    assert rate != usd_vnd("25451") and rate != chiso.ExchangeRate(
        "USD", "VND", "25450", datetime.date(2025, 1, 1)
    )


def test_a_quantity_converts_to_an_estimate_with_its_interval_converted():
    # 10 billion USD as printed is 9.5 to 10.5 billion; times 25450: 241775 to 267225.
    converted = chiso.Quantity("10", "billion USD").convert(usd_vnd())
    assert isinstance(converted, chiso.Estimate)
    assert (converted.value, converted.low, converted.high, converted.unit) == (
        Decimal(254500),
        Decimal(241775),
        Decimal(267225),
        "billion VND",
    )


def test_an_estimate_converts_back_through_the_same_rate():
    vnd = chiso.Estimate("254500", chiso.Interval("241775", "267225"), unit="billion VND")
    usd = vnd.convert(usd_vnd())
    assert (usd.value, usd.low, usd.high, usd.unit) == (
        Decimal(10),
        Decimal("9.5"),
        Decimal("10.5"),
        "billion USD",
    )


def test_the_error_that_asks_for_a_rate_is_answered_by_one():
    vnd, usd = chiso.Quantity("351640", "billion VND"), chiso.Quantity("10", "billion USD")
    with pytest.raises(chiso.UnitMismatchError, match="ExchangeRate"):
        vnd + usd
    total = vnd + usd.convert(usd_vnd())
    assert (total.value, total.unit) == (Decimal(606140), "billion VND")


@pytest.mark.parametrize(
    "args, error, message",
    [
        (("USD", "VND", "0", DAY), chiso.InvalidInputError, "positive"),
        (("USD", "USD", "1", DAY), chiso.InvalidInputError, "differ"),
        (("usd", "VND", "1", DAY), chiso.InvalidInputError, "currency"),
        ((5, "VND", "1", DAY), TypeError, "^base: "),
        (("USD", None, "1", DAY), TypeError, "^quote: "),
        (("USD", "VND", None, DAY), TypeError, "^rate: "),
        (("USD", "VND", "1", 2024), TypeError, "^date: "),
    ],
)
def test_bad_rates_are_refused_naming_what_is_wrong(args, error, message):
    with pytest.raises(error, match=message):
        chiso.ExchangeRate(*args)


def test_converting_needs_a_rate_of_its_own_currency():
    with pytest.raises(chiso.UnitMismatchError):
        chiso.Quantity("10", "billion kWh").convert(usd_vnd())
    with pytest.raises(TypeError, match="^rate: expected a chiso.ExchangeRate, got float 25450.0"):
        chiso.Quantity("10", "billion USD").convert(25450.0)
