"""``python -m tts_sdk``: the ``tts-sdk`` command."""

import sys

from tts_sdk._cli import main

sys.exit(main())
