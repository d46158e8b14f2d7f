"""Contains all the data models used in inputs/outputs"""

from .hume_octave_2_audio_file import HumeOctave2AudioFile
from .hume_octave_2_error import HumeOctave2Error
from .hume_octave_2_format import HumeOctave2Format
from .hume_octave_2_model import HumeOctave2Model
from .hume_octave_2_request import HumeOctave2Request
from .hume_octave_2_response import HumeOctave2Response
from .hume_octave_2_response_meta import HumeOctave2ResponseMeta
from .hume_octave_2_response_meta_usage import HumeOctave2ResponseMetaUsage
from .hume_octave_2_voice import HumeOctave2Voice

__all__ = (
    "HumeOctave2AudioFile",
    "HumeOctave2Error",
    "HumeOctave2Format",
    "HumeOctave2Model",
    "HumeOctave2Request",
    "HumeOctave2Response",
    "HumeOctave2ResponseMeta",
    "HumeOctave2ResponseMetaUsage",
    "HumeOctave2Voice",
)
