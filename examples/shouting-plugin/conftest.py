# misinfo-scorer's fixtures (run_signal, signal_host): signals run through the real host.
pytest_plugins = ["scorer.pytest_plugin"]
