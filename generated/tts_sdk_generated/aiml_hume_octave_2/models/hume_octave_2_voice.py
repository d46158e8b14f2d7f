from enum import StrEnum


class HumeOctave2Voice(StrEnum):
    ALICE_BENNETT = "Alice Bennett"
    ARTICULATE_ASMR_BRITISH_NARRATOR = "Articulate ASMR British Narrator"
    AVA_SONG = "Ava Song"
    BIG_DICKY = "Big Dicky"
    BOOMING_AMERICAN_NARRATOR = "Booming American Narrator"
    BOOMING_BRITISH_NARRATOR = "Booming British Narrator"
    CAMPFIRE_NARRATOR = "Campfire Narrator"
    CHARMING_COWGIRL = "Charming Cowgirl"
    COLTON_RIVERS = "Colton Rivers"
    DONOVAN_SINCLAIR = "Donovan Sinclair"
    ENGLISH_CHILDREN_S_BOOK_NARRATOR = "English Children's Book Narrator"
    FRENCH_CHEF = "French Chef"
    IMANI_CARTER = "Imani Carter"
    LADY_ELIZABETH = "Lady Elizabeth"
    LITERATURE_PROFESSOR = "Literature Professor"
    MALE_ENGLISH_ACTOR = "Male English Actor"
    MALE_PROTAGONIST = "Male Protagonist"
    NATURE_DOCUMENTARY_NARRATOR = "Nature Documentary Narrator"
    RELAXING_ASMR_WOMAN = "Relaxing ASMR Woman"
    SEBASTIAN_LOCKWOOD = "Sebastian Lockwood"
    SITCOM_GIRL = "Sitcom Girl"
    SPANISH_INSTRUCTOR = "Spanish Instructor"
    TERRENCE_BENTLEY = "Terrence Bentley"
    TIKTOK_FASHION_INFLUENCER = "TikTok Fashion Influencer"
    TOUGH_GUY = "Tough Guy"
    UNSERIOUS_MOVIE_TRAILER_NARRATOR = "Unserious Movie Trailer Narrator"
    VINCE_DOUGLAS = "Vince Douglas"

    def __str__(self) -> str:
        return str(self.value)
