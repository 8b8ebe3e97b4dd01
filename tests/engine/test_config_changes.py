"""Config.with_changes: the one place a panel's edit becomes new settings."""
from playground.engine import Config, LayerConfig


def test_hyper_parameters_go_into_hyper_and_fields_are_set():
    new = Config(optimizer="adam").with_changes({"beta1": 0.8, "learning_rate": 0.1})
    assert new.hyper["beta1"] == 0.8 and new.learning_rate == 0.1 and new.optimizer_hyper()["beta1"] == 0.8


def test_init_and_its_scale_apply_to_every_layer():
    new = Config(hidden=[LayerConfig(3), LayerConfig(2, init="he_normal")]).with_changes({"init": "he_uniform",
                                                                                          "init_scale": 2.0})
    assert {h.init for h in new.hidden} | {new.output_init} == {"he_uniform"}
    assert {h.init_scale for h in new.hidden} | {new.output_init_scale} == {2.0}


def test_leaving_a_csv_gives_the_generated_set_its_default_size():
    """Found by a new user: after a 60-row CSV, the spiral had 60 points."""
    csv = Config(dataset="csv", n_samples=60)
    assert csv.with_changes({"dataset": "spiral"}).n_samples == Config().n_samples
    assert csv.with_changes({"noise": 0.1}).n_samples == 60
    assert csv.with_changes({"dataset": "spiral", "n_samples": 80}).n_samples == 80


def test_the_original_is_untouched():
    config = Config()
    config.with_changes({"learning_rate": 0.5, "hidden": [LayerConfig(9)]})
    assert config == Config()
