"""The options tree: defaults, a TOML file, flags on top, and clear errors for mistakes."""

import pytest

from rashomon.config import AnalyseOptions, Options
from rashomon.errors import ConfigError


def test_flat_names_reach_their_section():
    opts = Options(workers=3, max_mb=2)
    assert opts.analyse == AnalyseOptions(workers=3) and opts.workers == 3
    assert opts.max_bytes == 2 * 1024 * 1024
    assert opts.replace(batch_size=4).analyse.batch_size == 4 and opts.analyse.batch_size == 16


def test_toml_then_flags(tmp_path):
    path = tmp_path / "rashomon.toml"
    path.write_text('db = "corpus.db"\n[analyse]\nworkers = 2\nstages = ["language.v1", "sentences.v1"]\n'
                    "[group]\nreuse_min_share = 0.3\n[group.stories]\nstory_threshold = 0.25\n"
                    "[compare]\nmatch_threshold = 1\n")
    opts = Options.from_config(path, workers=None, batch_size=8)
    assert opts.db == "corpus.db" and opts.analyse.workers == 2 and opts.analyse.batch_size == 8
    assert opts.analyse.stages == ("language.v1", "sentences.v1")
    assert opts.group.reuse_min_share == 0.3 and opts.group.stories.story_threshold == 0.25
    assert opts.group.stories.event_threshold == Options().group.stories.event_threshold  # untouched keys keep defaults
    assert opts.compare.match_threshold == 1.0
    assert Options.from_config(path, workers=5).analyse.workers == 5  # a flag wins over the file


@pytest.mark.parametrize("text, message", [
    ("[group.stories]\nstory_treshold = 0.3\n", r"\[group.stories\]: unknown key 'story_treshold'"),
    ("[analyse]\nworkers = 'two'\n", r"workers='two'; expected int"),
    ("[analyze]\nworkers = 2\n", r"unknown key 'analyze'"),
    ("[analyse\n", "not valid TOML"),
])
def test_mistakes_name_the_file_and_the_key(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message) as info:
        Options.from_config(path)
    assert str(path) in str(info.value)


def test_a_missing_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        Options.from_config(tmp_path / "nope.toml")
