import rashomon


def test_public_names_are_sorted_and_importable():
    assert rashomon.__all__ == sorted(rashomon.__all__)
    for name in rashomon.__all__:
        assert hasattr(rashomon, name), name
