"""Python compiled from the Qt Designer forms in ``forms/`` by ``packaging/forms.py compile``
(generated: change the ``.ui`` file, not these modules). A page or dialog uses a form by
composition (``self.ui = Ui_X(); self.ui.setupUi(self)``) and adds its behaviour in code."""
