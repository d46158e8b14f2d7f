"""Every generated request model, enum and response model, under one roof and stable names.

    from tts_sdk.models import OpenaiTts1Request, OpenaiTts1Voice, OpenaiSpeechRequest, InworldTts1MaxVoice

The names carry each spec's prefix (see docs/naming.md), so they never collide. The list itself is written
by the generator (``tts_sdk_generated.models``): a new spec adds its classes here with no code change.
"""

from tts_sdk_generated.models import *  # noqa: F403
from tts_sdk_generated.models import __all__  # noqa: F401 - re-exported
