"""The red-flag lexicon: cue patterns per category, with how context may cancel each one.

Patterns are written in a small notation and compiled once at import:

- a space means "a word break inside one clause" (spaces, commas, quotes, hyphens; never . ! ? ;),
  and " ?" an optional one,
- `<gN>` means "up to N further words",
- `<NAME>` expands to the macro NAME below.

Every pattern runs on the normalised text of `qa.redflag_text.parse` (lower case, misspellings
fixed). A cue with `near` fires only when `near` also matches within `window` words, in the same
clause (or sentence, per `scope`), in either order: a body site and a sensation ("my bum feels
numb", "numbness around my back passage"), so that neither word alone raises a flag. `unless`
lists what cancels a cue in its sentence ("on a diet" for weight loss, "breast stroke" for
stroke) - in its sentence, but not before a "but" that precedes the cue ("I thought it was my
posture, but now a squeezing pain in my chest") - and `but_if` what restores it ("without
trying"). A cue with `needs` fires only when the conversation has that feature: "fragile" bones
for a small knock, "pain" (back or hip pain) for long-term oral steroids as a fracture risk.
Vehicle and sport trauma is a pair of lexicons, the ride (`_RIDE`: motorbike, skis, horse,
trampoline...) and the mishap (`_SMASH`: spill, wipeout, clipped, came off, at 40mph...), so
new combinations need no new pattern. Ages are read in `qa.redflag_ages`. Sources for the cues: NICE NG59 and NHS
pages on back pain and cauda equina, the AHCPR red-flag table, BMJ Best Practice, and the NHS
"act FAST" stroke and 999 chest-pain pages; lay wording from patient forums.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

URGENCY_OF = {
    "cauda_equina": "emergency",
    "neurological_deficit": "urgent",  # emergency when rapidly progressive: see RAPID
    "infection": "urgent",
    "cancer": "see_doctor",  # urgent for past cancer or weight loss: set per cue
    "fracture": "urgent",
    "aortic_aneurysm": "emergency",
    "age": "see_doctor",
    "chest_pain": "emergency",
    "breathing": "emergency",
    "stroke": "emergency",
    "self_harm": "emergency",
}
CATEGORIES = tuple(URGENCY_OF)

_SEP = r"[^\w.!?;:\n]+"
# a skipped word is never a negation: "the pain doesn't wake me at night" must not match "pain ... at night"
_WORD = r"(?!(?:no|not|never|none|nothing|without|\w+n't)(?![\w']))[\w']+"

MACROS = {
    "CANT": r"can't|can not|couldn't|could not|can no longer|no longer able to|unable to|not able to"
            r"|(?:haven't|hasn't|have not|has not|not|never) been able to|struggl\w* to|hard to"
            r"|difficult to|can barely|can hardly|can only just|barely|hardly|impossible to|won't let me"
            r"|(?:not|never) (?:be|being) able to|can't seem to|couldn't seem to|no way (?:i|he|she) can",
    "TROUBLE": r"trouble|troubles|difficulty|difficulties|problems?|issues?|struggl\w*|hard time"
               r"|unable|inability",
    "POSS": r"my|his|her|their|the|both|both of my|both my|one of my|either|each",
    "SIDE": r"left|right|bad|affected|other|one",
    "NUMB": r"numb\w*|dead|deadened|deadness|dead feeling|no (?:feeling|sensation)|(?:lost|lose|loses|losing|loss of|lack of) (?:all |the |any |some )?(?:feeling|sensation)"
            r"|(?:reduced|altered|less|strange|weird|odd|funny|changed|different|no|decreased|diminished|absent|impaired|abnormal|loss of) (?:\w+ )?(?:feeling|sensation)"
            r"|(?:feels?|feeling|felt) (?:like|as if|as though) <g3>(?:someone else's|somebody else's|not (?:mine|my own|part of me)|(?:isn't|is not|wasn't|aren't) (?:mine|there|my own)|cotton wool|rubber|wood|cardboard|(?:an? )?(?:anaesthetic|anesthetic|injection at the dentist|local))"
            r"|(?:doesn't|don't|didn't|does not|do not) feel like (?:my own|mine|part of me|it's mine|it belongs)|belongs? to (?:someone|somebody) else|like a block of ice"
            r"|(?:someone|somebody) elses?(?:'s)?|(?:gone|going|gone all|went|is|feels?|feeling) (?:\w+ )?(?:quiet|silent|offline|blank|missing|absent|switched off)"
            r"|(?:like|as if|as though) (?:it's|it is|they're|they are|it was|it isn't|it's not) (?:not |isn't )?(?:there|mine|attached|part of me)|(?:isn't|is not|aren't|not) there any ?more|vanished|disappeared"
            r"|fizz\w*|prickl\w*|crawling|(?:stop|stops|stopped|stopping) (?:me|you|him|her|them) (?:from )?feeling|(?:feeling|sensation|it|it's) (?:is |feels |'s )?(?:just |only )?(?:really |very |quite |so )?(?:faint|faded|muffled|muted|distant|dulled)"
            r"|tingl\w*|pins and needles|novocaine?|lidocaine|(?:gone|going|fallen|gone off) to sleep|asleep|an(?:a|ae)?esthe\w*|hypo(?:a|ae)?esthe\w*|par(?:a|ae)?esthe\w*"
            r"|<CANT> (?:really |properly |fully )?feel|don't feel (?:anything|much|it)|doesn't feel (?:right|normal|the same)"
            r"|(?:feel\w*|sensation) <g5>(?:changed|different|altered|reduced|dull\w*|weird|strange|odd|funny|gone|wrong)"
            r"|(?:feels?|feeling|felt) (?:\w+ )?(?:weird|strange|odd|funny|different|dull|wrong|cold)",
    "SADDLE": r"saddle(?: area| region)?|bum|bums|bottom(?! of)|butt|arse|anus|anal|back passage|rectum|rectal"
              r"|genital\w*|private parts?|privates|private area|bum ?hole|butt ?hole|arse ?hole|intimate area|groin|crotch|perine\w*"
              r"|vagina\w*|vulva|labia|penis|scrotum|testicles|testes|down there|down below|erse|junk|todger|willy|fanny|knob|ball ?sack|nut ?sack|balls(?! of)|(?:the )?(?:bit|part|area|bits|parts) (?:i|you|he|she|we) sit on|bum cheeks?"
              r"|(?:area )?between (?:my|his|her|the) legs|inner thighs?|insides? of (?:my|his|her|the) (?:thighs?|legs)|backs? of (?:my|his|her|the) thighs"
              r"|(?:toilet|loo) seat|seat of the (?:toilet|loo)"
              r"|when (?:i|he|she) wipes?|wipes?|wiping|(?:loo|bog) (?:roll|paper)|toilet (?:paper|roll|tissue)|sit bones?|perianal|peri-anal|around (?:my|his|her|the) (?:anus|back passage|bottom)"
              r"|(?:go|goes|going|went) (?:to )?(?:the )?(?:toilet|loo|bathroom)|on the (?:toilet|loo)"
              r"|backside|rear end|derriere|tush|sitting area|bum area|(?:my|his|her|lady|man|private|girly|intimate) bits|bits down there|pelvic (?:area|region|floor)|nether regions|nethers|undercarriage|downstairs|below the belt|pubic area|pubic"
              r"|front bottom|willy|willie|dick|cock|pussy|fanny|balls(?! of)|(?:my|his) nuts|clitoris|clit"
              r"|va-?jay-?jay|va-?jay|vajayjay|vajay|vajj|vag|minge|foof|muff|hoo-?ha|noo-?noo|lady garden|lady parts|girly parts|front parts"
              r"|todger|tadger|knob|john thomas|manhood|pecker|schlong|wang|winkie|family jewels|crown jewels|meat and two veg|gooch|taint|ballsack|nutsack"
              r"|(?:bike|bicycle|saddle|horse)[- ]?seat (?:area|region|zone|bit)|(?:area|part|bits?|where) <g6>(?:bike|bicycle|horse) (?:seat|saddle)",
    "BUTTOCK": r"buttocks?|bum cheeks?|butt cheeks?|cheeks of (?:my|his|her) (?:bum|bottom|butt)",
    # "wee" is also Scots for small: "a wee bit", "a wee accident with the car door"
    "PEE": r"pee|peed|peeing|pees|wee(?!\s+(?:bit|while|one|ones|boy|girl|lad|lass|dram|bairn|wean|thing|things|minute|moment|second|chat|break|nap|niggle|twinge|touch)\b)(?!\s+accidents?\s+(?:with|at|involving|while|in the (?:car|kitchen|garden|road|street))\b)|wees|weeing|urine|urinat\w*|urinary|piss|pissing|pass(?:ing)? water"
           r"|bladder|waterworks|number ones?",
    "POO": r"poo|poos|pooing|poop|pooping|stool|stools|faeces|feces|bowels?|bowel movements?|number twos?|number 2s?|no\.? ?2s?|bowel motions?|loose motions?|diarrh?o?ea|the runs",
    "LEG": r"legs?|foot|feet|thighs?|calf|calves|shins?|ankles?",
    "ARM": r"arms?|hands?",
    "GROWING": r"getting (?:bigger|worse|wider|larger)|spreading|spread|growing|grown|moving (?:up|down)|creeping|bigger (?:every|each) day|gone from|(?:now )?(?:covers|covering) (?:half|most|all)",
    "GIVEWAY": r"giv\w* way|gave way|gives? out|gave out|giving out|buckl\w*|collaps\w*|fold\w* under|go(?:es|ing)? from under|went from under|go(?:es)? to jelly"
               r"|(?:gave|give|gives|giving|given) up on (?:me|him|her)|(?:gave|give|gives|giving|went|go|goes|going) (?:from )?under (?:me|him|her)|(?:went|go|goes|going|gone) (?:all )?(?:floppy|limp|to mush|to jelly)|let (?:me|him|her) down|(?:stopped|stop|stops) holding (?:me|him|her) up",
    "SELFREF": r"my ?self|him ?self|her ?self|your ?self|themselves|themself|your pants|my pants|his pants|her pants|my trousers"
               r"|my knickers|my underwear|the bed|my bed|his bed|her bed",
    "PAST_TIME": r"years? ago|decades? ago|years back|a while back|way back|as a (?:child|kid|teenager|teen|student)|(?:when|since) (?:i|he|she) was (?:young|younger|old|older|elderly|little|a kid|a child|a baby|a teenager|a teen|a student|at school|in (?:my|his|her) (?:teens|twenties|thirties)|born|\d+)|since (?:birth|childhood)"
                 r"|in (?:19|20)\d\d|long time ago|previously",
}


def rx(src: str) -> re.Pattern:
    """Compile a pattern written in the notation described in the module docstring."""
    for _ in range(4):  # macros may use macros
        src = re.sub(r"<([A-Z_]+)>", lambda m: f"(?:{MACROS[m.group(1)]})", src)
    src = src.replace("[- ]", "(?:-| )").replace(r"(?:\w+ )?", "<g1>")
    src = src.replace(" ?", f"(?:{_SEP})?").replace(" ", _SEP)
    src = re.sub(r"<g(\d+)>", lambda m: f"(?:{_WORD}{_SEP}){{0,{m.group(1)}}}", src)
    return re.compile(rf"(?<![\w'])(?:{src})(?![\w])")


@dataclass(frozen=True)
class Cue:
    """One way of saying a red flag.

    kind decides which context cancels it (see qa.negation and qa.redflag_scan._stands):
      symptom  negation, hypothetical, "has gone / is fine now" after it, or a past episode said to
               be over ("a fever a few weeks ago - long gone now"). A relative counts (the user may
               be asking for them); an acquaintance only when it is happening now.
      event    as symptom, and also cancelled by a past date ("years ago"; "last month" too, unless
               it "still hurts").
      history  a fact about the person (past cancer, drugs, immunity): negation and hypothetical
               only; someone else's counts only if the message is about their pain. With `lapses`
               (a treatment or habit that ends: chemotherapy, steroids, injecting) also "years ago".

    pairing decides how far apart the two parts of a `near` cue may be: "site" (a body site and a
    sensation) may cross a clause boundary only when the clauses do not each have their own
    predicate ("numb foot and my bum hurts" does not pair) unless the later one points back ("my bum
    hurts, it's numb"); "loose" (a time and a course: "at night ... the pain never stops") pairs
    anywhere in the sentence short of a contrast ("constant but mild and eases with rest").
    """

    category: str
    topic: str  # what a later message must say is fine/gone to clear it ("bladder", "fever")
    pattern: re.Pattern
    near: re.Pattern | None = None
    window: int = 8  # words between the two parts of a `near` cue
    scope: str = "clause"  # where `near` may be found: "clause" or "sentence"
    kind: str = "symptom"
    urgency: str = ""  # overrides URGENCY_OF for this cue
    unless: re.Pattern | None = None  # anywhere in the same sentence: not this red flag
    unless_clause: re.Pattern | None = None  # the same, in the same clause only
    but_if: re.Pattern | None = None  # ... unless this too is in the sentence ("without trying")
    needs: str = ""  # a conversation-level feature ("fragile", "pain") that must be present
    info: str = ""  # "general": cancelled in questions about the condition; "any": also in worries
    lapses: bool = False  # a past date ("years ago") cancels it: a treatment or habit that has ended
    pairing: str = "site"  # how the two parts of a `near` cue may pair across clauses: "site" or "loose"


def cue(category, topic, pattern, near=None, **kw) -> Cue:
    return Cue(category, topic, rx(pattern), rx(near) if near else None, **kw)


_EXERCISE = rx(r"running|(?:when|while|if|after|as) (?:i |he |she |we )?(?:run|runs|ran|jog|train|exercise|cycle|swim|sprint|race|play|dance|work out)|jog\w*|sprint\w*|exercis\w*|workouts?|working out|training|gym|hiit|sport|football"
               r"|rugby|cycling|swimming|hiking|spin class|cardio|the stairs|stairs|a run|my run|a hill|hills|sex")
# Weight lost on purpose or for a known reason (anywhere in the sentence) or talked about as a plan
# (in the same clause); "wasting" muscles are a nerve sign, not weight loss.
_INTENT = rx(r"diet\w*|on purpose|purposely|intentional\w*|deliberate\w*|trying|tried|slimming|weight watchers"
             r"|calories?|ozempic|wegovy|mounjaro|semaglutide|tirzepatide|fasting|keto|bariatric|gastric"
             r"|healthy eating|eating (?:better|healthier|less)|cut (?:out|down)|programme|program"
             r"|(?:started|starting|took up|taking up|began) (?:running|jogging|exercising|exercise|the gym|going to the gym|walking|swimming|cycling|cardio|training)"
             r"|lockdown|by \w+ing|covid|flu|virus|bug|surgery|operation|the baby|pregnan\w*|breastfeed\w*"
             r"|gastro\w*|food poisoning|braces|wisdom teeth|delighted|thrilled|proud|pleased"
             r"|divorce|bereave\w*|grief|grieving|break-?up|split up|stress\w*|new job"
             r"|(?:muscles?|calf|calves|thighs?|quads?|legs?) (?:\w+ )?(?:are |is )?wasting")
# A "little accident" that is a mishap, not the bladder: "spilled hot tea everywhere".
_MISHAP = rx(r"spill\w*|spilt|dropped|knocked|smash\w*|broke|broken|tea|coffee|drink|cup|mug|glass|car|bike|kitchen|cooking|burn\w*|scald\w*|knife|paint|door|ladder|stairs|fell|slipped|tripped")
# Leaking that dates from childbirth or has been there for years is not a new sign.
_LONGSTANDING = rx(r"since (?:having|i had|giving birth|childbirth|the birth|my (?:kids|children|babies|baby|pregnanc\w*))"
                   r"|after (?:having )?(?:my |the |a )?(?:kids|children|babies|baby|twins|son|daughter|childbirth|giving birth|pregnanc\w*|prostate (?:op|operation|surgery))|pelvic floor|stress incontinence"
                   r"|like (?:that|this) for years|(?:have |has )?always (?:had|been)|menopaus\w*|weak bladder")
# Legs weak or wobbly from effort, not from nerves.
_EXERTION = (r"(?:after|from) (?:a |my |the |an |long |big |hard |that |this |today's |yesterday's )*(?:spin |yoga |pilates |zumba |boxing |dance |circuit |hiit |crossfit |bootcamp |rowing |football |netball |tennis |squash |climbing |gym |training |fitness )?(?:run|runs|running|walk|walking|hike|workout|gym|session|class|squats|training|cycle|ride|match|game|marathon|race|climb)"
             r"|leg day|squats|doms|lunges|deadlifts")
# Legs unsteady from drink, not from nerves.
_DRINK = r"drinks?|drunk|alcohol|pints?|wine|beers?|tipsy|hungover|hangover|vodka|gin|prosecco"
_PLAN = rx(r"try|want|wanted|wanting|need|needed|should|must|plan|planned|help|helps|helped|helping|goal|target"
           r"|(?:will|would|could|can|does|do)(?!')|can't|cannot|couldn't|unable|struggl\w*|impossible|tips|advice|ideas|ways?|how|best|benefits?|good for|journey|great|good"
           r"|glad|happy|exercis\w*|gym|running|walking|cycling|swimming")
_UNINTENDED = rx(r"without (?:trying|dieting|meaning to|changing|doing anything)|not (?:trying|dieting)"
                 r"|(?:haven't|hasn't|have not|has not|not|never|wasn't|weren't|i'm not|am not|isn't) (?:been |even |really |actually )*(?:trying|tried|dieting|on a diet|changed anything|doing anything different)|no reason|unexplained|unintentional\w*|unintended"
                 r"|unplanned|don't know why|not sure why|no idea why|can't explain|(?:haven't|have not|not) changed (?:what|how much) i eat|no appetite|(?:lost|losing|lose) (?:my |his |her )?appetite|off (?:my |his |her )?food|not (?:eating|hungry)|(?:don't|didn't|do not|did not|not|no|never) (?:\w+ )?(?:do |doing |on (?:a )?|any )?diet\w*|(?:can't|cannot) (?:keep|put) (?:any )?weight on|(?:can't|cannot) put on weight|not on a diet|eating (?:normally|the same|well)")
# numbness of the seat that comes from sitting on it, then goes: not a nerve emergency
_SITTING = rx(r"long (?:car )?(?:journeys?|drives?|flights?|rides?|haul)|cycling|bike rides?|on (?:my|the) bike|after riding|sportive|spin class|peloton|turbo trainer|century ride|\d+ ?(?:km|k|miles?) (?:ride|cycle|sportive)"
              r"|(?:concert|theatre|theater|cinema|stadium|plane|airline|train|bus|coach|church|folding|plastic|wooden|metal) (?:seats?|chairs?|benches?)|pews?|bleachers"
              r"|(?:fine|ok|okay|normal|gone|better|back to normal) (?:again )?(?:once|when|as soon as|after|the moment) (?:i|he|she) (?:stood|stand|got up|get up|moved|move|walked|walk|shifted|shift)"
              r"|(?:for|about) (?:an? |a few |a couple of |\d+ |half an )?(?:hour|hours|minutes?|mins|while|bit) (?:after|afterwards)|(?:went|wore|goes|wears) (?:off|away|back to normal) (?:after|once|when)"
              r"|(?:sit|sits|sat|sitting|seated|drive|driving|drove|ride|riding|gaming|working) <g5>(?:for )?(?:hours|ages|a long time|too long)"
              r"|hard (?:chairs?|seats?|benches?)|cross-?legged|then (?:it )?(?:goes|wears off|comes back)|goes away when|wears off"
              r"|(?:office|desk|computer|gaming|dining|kitchen|car|sofa|couch|work|new|old|this|that) (?:chair|seat|stool)s?|bike seats?"
              r"|from (?:sitting|this chair|the chair|my chair|the seat|my desk|the sofa|the couch|the saddle|a saddle)")
_POSITIONAL = rx(r"(?:roll|rolling|rolls|turn|turning|turns) over|(?:move|moving|turn|turning|shift\w*) (?:about |around )?in bed|change position\w*|changing position\w*"
                 r"|(?:lie|lying|lay|laying|sleep|sleeping|roll|rolling|turn|turning) (?:on|over|onto|into) (?:to )?"
                 r"(?:that|this|my|the|one|either|a|<SIDE>)? ?(?:<SIDE> )?(?:side|hip|front|stomach|tummy|back)"
                 r"|(?:lie|lying|lay|laying|sleep|sleeping|put weight|press|pressing) on (?:it|them|that|this)(?! (?:for|all))")
# Night ache that follows a day's work and is gone by morning is mechanical.
_AFTER_ACTIVITY = rx(r"(?:after|from) (?:a |an |the |my |all the |doing |long |busy |big )*(?:gardening|digging|decorating|lifting|moving house|work|working|shift|day at work|long day|gym|exercise|training|sport|run|running|football|golf|hiking|cleaning|hoovering|diy|wearing (?:high )?heels|heels|dancing|wedding|party|gig|festival|night out|clubbing|concert|movie nights?|film nights?|gaming|(?:being |standing )?on (?:my|his|her) feet all day)"
                     r"|pregnan\w*|trimester|(?:settles|eases|goes|stops) (?:once|when|if|as soon as) (?:i |he |she )?(?:find|get) (?:a |into a )?(?:comfy|comfortable|good|right) (?:position|spot)"
                     r"|(?:terrible|rubbish|old|saggy|bad|uncomfortable|crap|awful|cheap|soft|lumpy|new) (?:sofa|couch|settee|recliner|armchair)|(?:slouch\w*|lounging|sprawled|curled up) (?:on|in) (?:the |my )?(?:sofa|couch|settee)"
                     r"|(?:fine|gone|better|ok|okay|eased|settled) (?:again )?by (?:the )?morning")
# Breathlessness with a plain cause, unless it is new, sudden or at rest.
_BREATH_UNLESS = rx(_EXERCISE.pattern + r"|(?:after|from|during) (?:my |a |the |that )?(?:\w+ )?(?:run|race|jog|workout|match|game|session|ride|swim|hike|climb|parkrun|climbing|hiking|cycling|walking up|running|\d+ ?k|marathon)\b|(?:the|a|that|this|steep) hill|uphill|out of shape|unfit|not (?:very )?fit|(?:when|if|whenever) (?:i'm |i am |i get |i feel |he's |she's |i )?(?:anxious|stressed|panicky|nervous|worked up|laugh\w*|giggl\w*|cry|crying)|panic attacks?|anxiety attacks?|blocked nose|stuffy nose|nose is blocked|congest\w*|(?:through|out of) (?:my |the |his |her )?(?:nose|nostrils?|mouth)|through it|sinus\w*|hay ?fever|a cold|mask"
                    r"|since (?:i had |my |having )?(?:covid|long covid|the virus|pneumonia|a chest infection)|long covid|(?:the |my )?(?:gp|doctor|consultant) knows|asthma\w*|copd|inhaler")
_BREATH_NEW = rx(r"new|newly|recently|suddenly|sudden|never used to|worse|getting worse|at rest|sitting|lying|in bed"
                 r"|since (?:yesterday|this|last|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:weird|unusual|strange|odd|not normal) for me|not like me|used to be fine|one flight"
                 r"|just (?:walking|standing|talking|getting dressed|sitting)|(?:walking|walk) (?:to|across|around) the (?:kitchen|toilet|bathroom|loo|car|door|room|house|shop)|doing nothing")
# "how can I stop my back hurting at night?" asks for comfort tips, not about unrelenting pain
_ADVICE = rx(r"how (?:can|do|should|could|would) (?:i|you|we|one) (?:stop|ease|reduce|help|relieve|prevent|avoid|manage|deal with|sleep|get comfortable)"
             r"|tips (?:for|to|on)|best (?:way|position|pillow|mattress|sleeping position)")
_PRESENTLY = rx(r"right now|at the moment|currently|today|tonight")

# Vehicles, mounts and sports whose mishaps are heavy trauma, and the mishap words people use for them:
# "motorbike spill at 40mph", "skiing wipeout", "lorry clipped my car", "came a cropper off my bike".
_RIDE = (r"cars?(?! (?:doors?|parks?|seats?|boots?|keys|wash|washing|journeys?|rides?|trips?|drives?|radio|windows?))|vans?|lorry|lorries|trucks?|buses|bus|coach|taxi|cab|motorbikes?|motorcycles?|mopeds?|(?:e-?)?scooters?|quads?|quad bikes?"
         r"|bikes?|bicycles?|mountain bikes?|push ?bikes?|bmx|horses?|pony|ponies|skis?|skiing|skier|snowboard\w*|sledg\w*|sled|sleds|toboggan\w*"
         r"|trampolin\w*|skateboard\w*|skate ?park|rollerblad\w*|roller ?skat\w*|ice ?skat\w*|jet ?skis?|surfing|rugby|ice hockey|gymnastics"
         r"|paraglid\w*|parachut\w*|bouncy castle|zip ?wire|go-?karts?|karting|dirt bikes?|atv|mtb|downhill|motocross|speedway|rodeo")
_SMASH = (r"roll-?overs?|rolled over|(?:hit|struck|ploughed into|went into|smashed into) (?:a |the )?(?:tree|wall|rock|post|barrier|kerb|curb|lamp ?post|pole|fence|pylon)|at (?:high |full |top )?speed|spill|spills|wipe-?outs?|wiped out|crash\w*|pile-?ups?|smash\w*|prang\w*|shunt\w*|accidents?|collisions?|collided|bail(?:ed|ing)?|stacked it|stack"
          r"|(?:came|come|coming) a cropper|cropper|clipped|clipping|flipped|flip|rolled|somersault\w*|went flying|sent (?:me )?flying|thrown|threw (?:me|him|her)"
          r"|bucked|came off|come off|fell off|falling off|fallen off|knocked off|tumbled?|wreck\w*|written off|write-?off|hit by|hit (?:me|us|my|his|her)|t-?boned"
          r"|spun (?:out|off)|skidd?ed|skidding|aquaplan\w*|jack-?knif\w*|overturned|slamm?(?:ed|ing)? into|veered off|went off the road|left the road|lost control of"
          r"|over the (?:handlebars|handle bars|bars|bonnet|top)|wrapped (?:it|me|my \w+) round|(?:at|doing) (?:about |around |nearly |over )?\d+ ?(?:mph|km/?h|kph|miles an hour)")
# "work is a car crash at the moment": a crash that is a figure of speech
_FIGURATIVE_CRASH = (r"|(?:is|was|are|were|been|'s|'re|like) (?:a |an )?(?:absolute |total |complete |bit of a |real )?"
                     r"(?:car ?crash|car ?wreck|train ?wreck|train ?crash|slow-?motion car ?crash)")
# "suicide sprints" at training, "suicide doors" on a car: not self-harm
_DRILLS = r"(?:sprints?|runs?|drills?|shuttles?|doors?|blonde|squeeze|seat|lines?)"
# Long-term oral steroids (3 months or more: NICE CKS osteoporosis) thin the bones.
_ORAL_STEROID = (r"(?:oral )?(?:steroids?|corticosteroids?|prednisolone|prednisone|methylprednisolone|dexamethasone|deflazacort|hydrocortisone tablets)"
                 r"(?! (?:inhalers?|creams?|injections?|jabs?|shots?|sprays?|drops|gel|ointment|puffers?|nasal|cream))"
                 r"|(?:on|taking|take) pred\b|\d+ ?mgs? (?:of )?pred\b|pred (?:\d+ ?mgs?|tablets|tabs)")
_LONG_COURSE = (r"long[- ]?term|for (?:years|ages|a long time|months|many months|so long)|years|many months|months and months|daily|every day|maintenance|high[- ]?dose|for life|lifelong|permanent\w*|dependent|chronic"
                r"|(?:[3-9]|1\d|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|many|a few) months|(?:\d+|a|one|two|three|four|five|ten|several|many|a few|a couple of|over a|more than a) years?|(?:1[2-9]|[2-9]\d) weeks"
                r"|since (?:january|february|march|april|may|june|july|august|september|october|november|december|last year|the spring|the summer|the autumn|the winter|christmas|(?:19|20)\d\d)")
MACROS.update(RIDE=_RIDE, SMASH=_SMASH, ORAL_STEROID=_ORAL_STEROID, LONG_COURSE=_LONG_COURSE)

CUES: tuple[Cue, ...] = (
    # ---------------------------------------------------------------- cauda equina
    cue("cauda_equina", "saddle", r"<SADDLE>", near=r"<NUMB>|frozen|like ice", window=9, scope="sentence", unless=_SITTING,
        but_if=rx(r"(?:bike|bicycle|saddle|horse)[- ]?seat (?:area|region|zone|bit)|(?:area|part|bits?|where) <g6>(?:bike|bicycle|horse) (?:seat|saddle)")),
    cue("cauda_equina", "saddle", r"(?:bum|bottom|butt|backside|<BUTTOCK>|groin|crotch|genitals|privates|perineum|down there|down below) (?:is |has |feels |keeps |seems )?(?:all |permanently |constantly )?(?:gone |going |fallen |falling |went |like it's |like it is )?(?:asleep|to sleep)",
        unless=_SITTING),
    cue("cauda_equina", "saddle", r"<BUTTOCK>",
        near=r"numb\w*|dead|no (?:feeling|sensation)|lost (?:all |the )?(?:feeling|sensation)|<CANT> feel|an(?:a|ae)?esthe\w*",
        window=9, scope="sentence"),
    cue("cauda_equina", "saddle", r"saddle an(?:a|ae)?esthe\w*|saddle numbness|perineal numbness|(?:perianal|perineal|saddle) sensory (?:loss|change|disturbance|deficit)|reduced anal tone|(?:lax|reduced|poor|decreased) (?:anal )?sphincter tone|sphincter (?:disturbance|dysfunction|problems|involvement)"),
    cue("cauda_equina", "bladder", r"(?:wet|wetted|peed|weed|pooed|pooped|urinated|leaked|soiled) (?:\w+ ){0,3}(?:without meaning to|by accident|accidentally|without realising|without realizing|without knowing|involuntarily|without warning|without noticing)",
        unless=rx(r"(?:the|my|his|her) (?:floor|carpet|seat|sofa|couch|chair) |spill\w*|drink|cup|glass")),
    cue("cauda_equina", "bladder", r"(?:wet|wets|wetting|peed|pee|pees|peeing|pissed|pissing|weed|wee'd|weeing|wees|urinated|urinating) <SELFREF>|bed ?wetting|wet (?:the|my|his|her) bed|(?:a|the) wet bed",
        unless=rx(r"(?:nearly|almost|practically|could have|about to) (?:wet|pee\w*|wee\w*|piss\w*)"),
        but_if=rx(r"again|keep|keeps|every time|whenever|all the time|can't (?:hold|stop|make)|couldn't (?:hold|stop|make)|didn't make it|numb\w*|<CANT> feel")),
    cue("cauda_equina", "bladder", r"(?:woke|wake|waking|wakes) up (?:\w+ )?(?:wet|in a wet bed|in a puddle|soaked|soaking)(?! (?:with|in|from) (?:sweat|perspiration))",
        unless=rx(r"sweat\w*|fever\w*|temperature|hot|drenched")),
    cue("cauda_equina", "bladder",
        r"(?:leak\w*|dribbl\w*|lost|losing|lose|passing) <g3>(?:<PEE>)|(?:<PEE>) <g3>(?:leak\w*|dribbl\w*|escap\w*|comes out)"),
    cue("cauda_equina", "bladder", r"(?:i|i'm|i've|he|she|he's|she's|i keep|keep|keeps|kept|started|been|constantly|always) <g1>(?:leak|leaking|leaked|leaks)(?! (?:oil|coolant|information|fluid from|from the|from my (?:nose|eye|ear|wound|car)))",
        unless=_LONGSTANDING),
    cue("cauda_equina", "bladder", r"leakage|(?:bit of|some|a little|minor|slight|little) (?:leaking|leaks?)",
        unless=rx(_LONGSTANDING.pattern + r"|roof|tap|pipe|boiler|radiator|car|oil|tyre|tire|window|ceiling|gutter|breast|nipple|milk|wound|nose|eye|ear|gas|memory|data|information|fluid|sweat|blood|period|discharge")),
    cue("cauda_equina", "bladder", r"pads?|nappies|diapers|depends|tena", near=r"leak\w*|wet\w*|<PEE>|incontinen\w*|accidents?", window=10, scope="sentence"),
    cue("cauda_equina", "bladder", r"(?:leak|leaks|leaked|leaking|leakage) (?:a bit |a little )?(?:when|if|whenever|as soon as) (?:i|he|she) (?:cough|sneeze|laugh|stand|bend|walk|move|lift)", unless=_LONGSTANDING),
    cue("cauda_equina", "bladder", r"incontinen\w*|enuresis|urinary retention|retention of urine|retaining urine|retention", unless=_LONGSTANDING, but_if=rx(r"new|worse|since my back|since the (?:fall|injury|accident)|suddenly")),
    # a catheter after an operation or a birth is routine; years ago it is history
    cue("cauda_equina", "bladder", r"catheter\w*", kind="event",
        unless=rx(r"(?:after|during|for|post) (?:my |the |a |an |her |his )?(?:c-?section|caesarean|cesarean|operation|surgery|op|birth|labou?r|procedure|epidural|anaesthetic|anesthetic|replacement|angiogram|heart)")),
    cue("cauda_equina", "bladder",
        r"(?:<CANT>) (?:seem to |properly |fully |completely |really )?(?:pee|wee|urinate|pass urine|pass water|empty (?:my |his |her |the )?bladder|start peeing|start weeing|go for a (?:pee|wee)|(?:have|do|get|manage) a (?:pee|wee)"
        r"|(?:start|get|get going|begin) (?:a |my |the |his |her )?(?:pee|wee|stream|flow))"),
    cue("cauda_equina", "bladder", r"(?:<CANT>|won't|doesn't) (?:\w+ )?(?:empty|empties|come|start)(?: (?:properly|fully|completely|out|it))?(?![\w ]*(?:dishwasher|bin|washing|car|bag|room))",
        near=r"toilet|loo|bathroom|<PEE>|(?:need|needed|needing|want|wanted|urge|try|tried|trying|desperate) to go", window=10, scope="sentence"),
    cue("cauda_equina", "bladder",
        r"(?:<TROUBLE>|straining|strain|hesitan\w*|slow|difficult) (?:when |with |in )?(?:<POSS> )?(?:(?:starting|getting started|initiating|beginning|to start|to get) (?:to |a |my |the )?(?:pee|wee|stream|flow|micturition|urinat\w*)|peeing|weeing|urinating|passing urine|passing water|urination|emptying (?:my |his |her |the )?bladder|going to the (?:toilet|loo|bathroom)|getting (?:my |the )?(?:pee|wee|urine) out)"),
    cue("cauda_equina", "bladder",
        r"(?:<PEE>|toilet|loo|urine) <g3>(?:<TROUBLE>|changes?|dysfunction|symptoms?|accidents?|control (?:issues?|problems?)|habits? (?:have |has )?changed)"),
    cue("cauda_equina", "bladder",
        r"(?:haven't|hasn't|have not|has not|not|didn't|did not|couldn't) (?:\w+ )?(?:peed|weed|urinated|passed (?:any )?(?:urine|water)|had a (?:wee|pee)|been (?:for a (?:wee|pee)|to the (?:toilet|loo)))"
        r" (?:since|for|all|in|at all)"),
    cue("cauda_equina", "bladder",
        r"(?:<CANT>|couldn't|can't|unable to) go(?! (?:to (?!the (?:toilet|loo|bathroom))|out|on|back|far|for|anywhere|away|outside|home|with|without|through|up|down|in|into))",
        near=r"toilet|loo|bathroom|<PEE>|full|(?:need|needed|needing|want|wanted|urge|try|tried|trying|desperate) to go", window=8, scope="sentence"),
    cue("cauda_equina", "bladder", r"(?:went|go|going|tried|try|trying|needed|wanted) (?:\w+ )?(?:to )?(?:pee|wee|urinate|the toilet|the loo) <g3>(?:couldn't|can't|nothing|unable|wouldn't|won't)"
        r"|(?:stop|stops|stopped|stopping) (?:me|you|him|her|them) (?:from )?(?:peeing|weeing|urinating|passing urine|emptying (?:my|your|his|her|their|the) bladder)"),
    cue("cauda_equina", "bladder", r"(?:didn't|did not|don't|couldn't|never) (?:even )?(?:know|realise|realize|notice|feel) (?:that )?(?:i'd|i had|i have|i was|i've|he'd|she'd|he had|she had|i) <g1>(?:peed|weed|wet|pooed|pooped|soiled|urinated|leaked|been incontinent|had an accident)"),
    cue("cauda_equina", "bladder", r"(?:pants|knickers|underwear|trousers|bed|sheets|jeans) (?:are|is|was|were|keep getting|get|got) (?:\w+ )?(?:wet|soaked|damp)", unless=rx(r"sweat\w*|rain\w*|swim\w*|spill\w*|drink")),
    cue("cauda_equina", "bladder", r"(?:urine |urinary |pee |wee )(?:flow|stream) <g3>(?:slow\w*|weak\w*|trickl\w*|dribbl\w*|stop\w* and start\w*|reduced|poor|feeble)|(?:weak|slow|poor|reduced|dribbly|interrupted) (?:urine |urinary |pee |wee )?stream|stream (?:is |has been |has got |got )?(?:really |very |so )?(?:weak|slow|poor)|(?:push|strain|force) <g3>(?:to|when i) (?:pee|wee|urinate|go)"),
    cue("cauda_equina", "bladder", r"<PEE>", near=r"<NUMB>|feels? (?:\w+ )?(?:full|weird|strange|different)|<CANT> (?:tell|feel|sense|know) (?:when|if)|(?:doesn't|don't|won't|no longer|isn't) (?:tell|telling|let|letting|warn|warning|signal|signalling) (?:me|him|her)|(?:always|constantly|still|permanently|never) (?:feels? )?(?:full|empty|empties)", window=8),
    cue("cauda_equina", "bladder",
        r"(?:<CANT>|don't|doesn't|didn't|no longer|not) (?:\w+ )?(?:feel|tell|know|sense|notice|realise|realize) (?:when|if|that|whether) (?:i|i'm|he|she|it|my bladder|my bowels?)(?:'s| is| am| need| needs| have| has|'ve)? <g3>(?:pee|wee|urinate|go|poo|full|empty|a pee|a wee|a poo|toilet|loo|bathroom|bowel movements?|stool|urine|bladder|bowels?|number (?:two|2)|no\.? ?2|number ones?|number 1|crap|shit|dump"
        r"|moving|moved|opening|opened|open|working|emptying|emptied)"),
    cue("cauda_equina", "saddle", r"(?:bit|part|area|bits|parts) (?:i|you|he|she|we) sit on|(?:skin|area|bit|part|bits) where (?:i|you|he|she|we) sit(?: down)?",
        near=r"numb\w*|tingl\w*|dead|fizzy|pins and needles|no feeling|prickl\w*|<CANT> feel", window=6, scope="sentence", pairing="loose"),
    cue("cauda_equina", "bowel", r"more than (?:just )?(?:wind|a fart|air|gas) came out|followed through|sharted|(?:didn't|did not|couldn't) feel it (?:coming|come out|coming out)"),
    cue("cauda_equina", "saddle", r"(?:can't|cannot|couldn't) tell (?:if|whether) (?:i'm|i am|i was|he's|she's) (?:sitting|sat) on"),
    cue("cauda_equina", "bowel", r"(?:lose|lost|losing|loss of|no|can't|cannot|couldn't) (?:\w+ )?control (?:of|over) (?:my |the )?(?:farts?|wind|gas|bowels?|back passage|bum|number twos?)"
        r"|(?:<CANT>|can't) (?:really |properly |even )?feel (?:it|the poo|the wee|the pee|myself|anything|when it's) (?:go|going|come|coming|pass|passing|come out|coming out)\b"),
    cue("cauda_equina", "bowel", r"(?:poo|poop|pooed|pooped|poo'd|soiled|shat|shit|messed|messing|mess|crapped|pood|pooing|pooping|soiling|soil) <SELFREF>(?! (?:up|about|around))"),
    cue("cauda_equina", "bowel", r"<POO>|number two", near=r"<CANT> feel|can't feel|numb\w*|no (?:feeling|sensation)|don't feel", window=8, scope="sentence"),
    cue("cauda_equina", "bowel", r"(?:leak\w*|lost|losing|passing|pass) <g3>(?:poo|poop|stool|faeces|feces|bowel)"
        r"|(?:<POO>) <g2>(?:leak\w*|escap\w*|comes? out|came out|slips? out|just (?:comes|happens|goes)|goes by itself)(?! (?:fine|normally|ok|okay))"),
    cue("cauda_equina", "bowel", r"(?:bowel|faecal|fecal|anal|stool) (?:incontinen\w*|leak\w*|accidents?|urgency|<TROUBLE>|changes?|dysfunction)|incontinen\w* of (?:stool|faeces|feces|bowel)"),
    cue("cauda_equina", "bladder",
        r"(?:no|lost|lose|losing|loss of|poor|reduced|without|lack of|little|less|(?:don't|doesn't|do not|does not|haven't|hasn't|didn't|can't) (?:have |got |\w+ )?(?:any |much )?) ?(?:\w+ )?control (?:of|over) <g3>(?:<PEE>|<POO>|toilet|pelvic floor|when (?:i|he|she) (?:pee|wee|go|poo|need))"
        r"|(?:<CANT>|can't|<TROUBLE>) (?:\w+ )?(?:control|controlling|hold|holding|hold in|holding in) (?:<POSS> )?(?:<PEE>|<POO>)"
        r"|(?:no|lost|loss of|poor|reduced|lack of|little|zero|less) (?:\w+ )?(?:<PEE>|<POO>) control"
        r"|(?:<PEE>|<POO>) control (?:is |has |has been |seems )?(?:poor|bad|gone|worse|lost|weak|reduced|not (?:good|great|right))"
        r"|(?:<PEE>|<POO>|leak\w*|accidents?) <g3>(?:without|with no|with little|with zero|no) (?:any )?(?:control|warning)"),
    cue("cauda_equina", "bladder", r"(?:having|had|have|keep having|an|little|few) accidents?", near=r"<PEE>|<POO>|toilet|loo|wet|bathroom|in time|pants|knickers|trousers|underwear|nappy|pads?|bed|myself", window=14, scope="sentence"),
    cue("cauda_equina", "bladder", r"(?:little|small|tiny|few|couple of|embarrassing) accidents?|wee accidents"
        r"|(?:pee|peeing|weeing|urine|urinary|bladder|<POO>|toilet|loo|bathroom|wetting|soiling) accidents?",
        unless=_MISHAP, but_if=rx(r"<PEE>|<POO>|wet|toilet|loo|pants|knickers|trousers|underwear|pads?|incontinen\w*|leak\w*|soil\w*")),
    cue("cauda_equina", "bladder", r"(?:<CANT>|can't|don't|didn't|never|not|no longer|isn't|aren't) (?:always )?(?:get|getting|make it|making it|reach|reaching) (?:to )?(?:the )?(?:toilet|loo|bathroom)(?: in time)?"),
    cue("cauda_equina", "bladder", r"dribbl\w*", unless=rx(r"ball|football|basketball|drool\w*|mouth|saliva|chin|baby")),
    cue("cauda_equina", "bladder", r"<PEE>", near=r"weird|strange|odd|funny|different|not right|acting up|playing up|off|haywire|out of whack|all over the place|messed up|gone wrong|up the spout"
        r"|(?:isn't|is not|not|doesn't|does not|won't|hasn't been|haven't been|aren't|stopped|stops|stopping|has stopped|quit|gave up|given up) (?:\w+ )?(?:working|work|functioning|emptying|empty|right|normal|coming|come|flowing|flow|passing|starting)"
        r"|(?:hard|difficult|slow|tricky|a struggle|impossible|taking ages|takes ages) to (?:get going|start|get started|come|come out|pass|get out)", window=9),
    cue("cauda_equina", "bladder", r"(?:nothing|only (?:a )?(?:little|bit|tiny bit|small amount|drop|few drops)|not much|very little|hardly anything|barely anything|a trickle|a dribble|a few drops) (?:\w+ )?(?:comes|came|will come|is coming|coming|goes|comes? out)"
        r"|(?:only|just) (?:a )?(?:trickle|dribble|few drops)|(?:can't|won't|doesn't) (?:get (?:it|anything) )?(?:come )?out|nothing (?:happens|happened|will happen)",
        near=r"<PEE>|toilet|loo|bathroom|(?:need|needed|needing|want|wanted|urge|try|tried|trying|desperate) to go", window=12, scope="sentence"),
    cue("cauda_equina", "bladder", r"(?:no|lost|lose|losing|loss of|don't|doesn't|can't|cannot|never|didn't|not) (?:get |feel |have |sense |getting |feeling )?(?:the |an |any |my )?(?:urge|need|sensation|feeling) (?:to )?<g2>(?:pee|wee|urinate|go|poo|empty)"),
    cue("cauda_equina", "bladder", r"push\w*|strain\w*|forc\w*|squeez\w*|bear down", near=r"pee|wee|urine|urinate|bladder|pass(?:ing)? water|waterworks", window=6),
    cue("cauda_equina", "bladder", r"(?:not|never|isn't|doesn't) (?:all |fully |completely )(?:coming|come|comes) out|(?:can't|cannot|couldn't|not|never) (?:fully |completely |properly )empty\w*"),
    cue("cauda_equina", "bladder", r"(?:didn't|did not|couldn't|could not|don't|won't|not|never) (?:quite |always |even )?make it (?:to the (?:toilet|loo|bathroom|restroom|lav)|in time)"
        r"|(?:run|ran|rush\w*|dash\w*) to the (?:toilet|loo|bathroom|restroom|lav) and (?:didn't|did not|couldn't|never) make it"),
    cue("cauda_equina", "bladder", r"(?:no|lost|lose|losing|loss of|don't|doesn't|can't|cannot|never|didn't|not) (?:get |feel |have |sense |getting |feeling |know )?(?:the |an |any |my |that )?(?:urge|need|sensation|feeling|signal|warning) (?:that |like |when )?(?:i |he |she )?(?:need|have|want|must)? ?(?:to )?(?:go to |use |go )?(?:the )?(?:loo|toilet|bathroom|restroom|lav|lavatory|wc|john|bog)"),
    cue("cauda_equina", "sexual",
        r"<CANT> get (?:it|an erection|hard|aroused)(?: up)?|can't get it up|<CANT> (?:keep|maintain) (?:an erection|it up)"
        r"|erectile (?:dysfunction|problems?|issues?)|impoten\w*|(?:no|lost|losing|loss of) (?:my )?(?:erections?|libido|sex drive)"
        r"|sexual (?:dysfunction|<TROUBLE>|function)|<CANT> (?:orgasm|climax|ejaculate)"
        r"|(?:<CANT> feel|numb\w*|no (?:feeling|sensation)) <g4>(?:during|having|when (?:we|i) have) sex|sex (?:feels|is) (?:numb|different|weird)"
        r"|(?:not|isn't|aren't|stopped|doesn't|don't|won't|never) (?:really |properly |quite |been )?(?:respond\w*|perform\w*|function\w*|work\w*|rising to the occasion|standing to attention) (?:\w+ )?(?:down there|down below|downstairs)"
        r"|(?:not|isn't|aren't|stopped|doesn't|don't|won't|never) (?:really |properly |quite |been )?(?:respond\w*|perform\w*|function\w*|rising to the occasion) (?:\w+ )?(?:in bed|in the bedroom)"
        r"|nothing (?:\w+ )?(?:happens|happening|going on|stirs|works|working) (?:down there|down below|downstairs)"
        r"|(?:<CANT>|can't) (?:really |properly )?feel (?:anything|much|a thing|it) (?:when|during|as) (?:i |he |she |we )?(?:finish|climax|come|cum|orgasm|ejaculate)"),
    cue("cauda_equina", "sexual", r"sex|sex life|intercourse|orgasms?|climax|making love",
        near=r"<CANT> feel|can't feel|numb\w*|no (?:feeling|sensation)|(?:lost|reduced|less|loss of) (?:feeling|sensation)|feel nothing", window=8, scope="sentence"),
    cue("cauda_equina", "sexual", r"erections?|erectile|hard-?ons?",
        near=r"stopped|gone|problems?|trouble|difficult\w*|<CANT>|can't|unable|lost|losing|weak|issues?|won't|doesn't|don't|no|not|any more|anymore", window=4),
    cue("cauda_equina", "bilateral",
        r"both (?:of )?(?:(?:my|his|her|the) )?(?:legs|feet|thighs|calves|sides|buttocks|hips)|(?:my|his|her|the) legs|(?:each|either) leg|(?:left|right) and (?:left|right) legs?|both (?:left|right) and"
        r"|(?:left|right) (?:leg|foot|thigh|calf) and (?:my |the |his |her )?(?:left|right) (?:leg|foot|thigh|calf)|(?:legs|feet) (?:are |have |have got |are now )?both"
        r"|(?<!'s\x20)(?<!table\x20)(?<!chair\x20)(?<!stool\x20)legs(?=\x20(?:feel|feeling|are|keep|have|going|gone|getting|got|both|weak\w*|numb\w*|tingl\w*))",
        near=r"sciatica|sciatic|shoot\w*|numb\w*|tingl\w*|pins and needles|weak\w*|burning|electric|radiat\w*|pain|<NUMB>|down|symptoms|affect\w*|spread\w*|travel\w*|into"
             r"|<GIVEWAY>|jelly|wobbly|rubbery|like rubber|(?:won't|don't|can't) (?:hold|support|carry) (?:me|him|her|my weight|his weight|her weight)",
        window=7, unless=rx(r"stretch\w*|bend\w*|raise|lift|straight|hold|exercise|squat\w*|bent|swing|strengthen\w*|tired|heavy legs|restless|" + _EXERTION + "|" + _DRINK
                            + r"|(?:on |in |down )?(?:one|a single) (?:side|leg) only|only (?:on |in |down )?(?:one|the (?:left|right)) (?:side|leg)|(?:legs|both) (?:are |feel |seem )?(?:strong|fine|ok|okay|normal)")),
    cue("cauda_equina", "bilateral", r"(?:and|now|into|in|to|down) both(?! (?:of )?(?:my |his |her )?(?:arms|hands|knees|shoulders|hips|sides of my neck))",
        near=r"sciatica|sciatic|shoot\w*|numb\w*|tingl\w*|pins and needles|weak\w*|pain|(?:got|have|feel|felt|having|getting) it|it's|it is|it has|it went|it spread", window=10, scope="sentence"),
    cue("cauda_equina", "bilateral", r"not just (?:in |on )?(?:the |my |his |her )?(?:left|right|one)(?: (?:leg|side|one|foot))?|(?:the|my|his|her) other (?:leg|foot) (?:has |is )?(?:started|joined in|gone|now|too|also)",
        near=r"legs?|feet|sciatica|sciatic|shoot\w*|numb\w*|tingl\w*|pins and needles|weak\w*|pain|both", window=10, scope="sentence"),
    cue("cauda_equina", "bilateral", r"(?:the|my|his|her) (?:left|right|other) (?:one|leg|side)(?:'s| is| has| are)? <g3>(?:too|as well|also)(?! (?:long|much|far|many|hard|bad|often|tight|stiff|heavy|early|late|fast))",
        near=r"sciatica|sciatic|shoot\w*|numb\w*|tingl\w*|pins and needles|weak\w*|pain|spread\w*|only|both", window=14, scope="sentence",
        unless=rx(r"fine|ok|okay|normal|good|better|strong|stiff|tight|knee|ankle|hip|shoulder|arm"), pairing="loose"),
    cue("cauda_equina", "bilateral", r"(?:the|my|his|her) (?:left|right|other) (?:one|leg|side)(?:'s| is| has)? (?:\w+ )?(?:doing it|doing the same|gone the same|going the same|started|affected) (?:too|as well|also|now)"),
    cue("cauda_equina", "bilateral", r"(?:the|my|his|her) other leg (?:too|as well|now)|(?:into|to|in|down|affecting) (?:the|my|his|her) other (?:leg|side)(?! of)"
        r"|(?:into|to|in|down|affecting) (?:the|my|his|her) (?:left|right) (?:leg|side|foot|thigh|calf|one)(?: (?:too|as well|also|now))(?! of)|(?:sciatica|pain|numbness|tingling) (?:on|in) both",
        near=r"sciatica|sciatic|shoot\w*|numb\w*|tingl\w*|pins and needles|weak\w*|pain|spread\w*|now|too|as well", window=12, scope="sentence"),
    cue("cauda_equina", "bilateral", r"(?:sciatica|leg pain|pain|numbness|tingling) <g4>(?:switch\w*|alternat\w*|swap\w*|mov\w*|jump\w*|flip\w*) <g2>(?:between|from one|to the other|sides|legs)"),
    cue("cauda_equina", "bilateral", r"bilat\w* (?:sciatica|leg|radicul\w*|symptoms|numbness|weakness|pain|nerve|lower limb)|alternating sciatica|sciatica on both sides|double sciatica"),
    cue("cauda_equina", "ces", r"cauda equina|\bces\b", kind="history", info="any"),

    # ---------------------------------------------------------------- neurological deficit
    cue("neurological_deficit", "weakness", r"foot drop|drop foot|dropped foot|(?:my|his|her|the|left|right) foot <g3>(?:drop|dropping|drops|flop|flops|flopping|slaps|slapping|flaps|flapping|flapped)|(?:foot|feet) (?:keeps? |kept )?(?:drag\w*|catch\w*|scuff\w*|slap\w*)"),
    cue("neurological_deficit", "weakness", r"toes? (?:on (?:the|my) (?:left|right)(?: side| foot)? )?(?:keeps? |kept |keep on )?(?:catch\w*|drag\w*|scuff\w*|trip\w*|stub\w*|won't lift)|(?:keep|keeps|kept|keep on|always|constantly|been|started) (?:stub|stubbing) (?:<POSS> )?(?:<SIDE> )?(?:toes?|foot)"
        r"|(?:stub|stubs|stubbing|stubbed) (?:<POSS> )?(?:<SIDE> )?(?:toes?|foot) (?:all the time|constantly|every day|a lot|again and again|over and over)"),
    cue("neurological_deficit", "weakness", r"drag\w* (?:<POSS> )?(?:<SIDE> )?(?:foot|leg|toes?|feet)"),
    cue("neurological_deficit", "weakness", r"[0-4] ?/ ?5 (?:\w+ ){0,2}(?:dorsiflexion|plantarflexion|plantar flexion|ehl|eversion|power|hip flexion|knee extension|great toe|big toe)"
        r"|(?:new|increasing|worsening|more) (?:difficulty|trouble|problems?) (?:mobilis\w*|mobiliz\w*|walking|weight ?bearing|transferring)"
        r"|(?:now |suddenly )(?:needs?|needing|using|relies on|relying on) (?:a )?(?:walking )?(?:frame|zimmer|walker|stick|crutches|wheelchair)"),
    cue("neurological_deficit", "weakness", r"flopp\w*|floppy", near=r"foot|feet|ankles?|toes?", window=10, scope="sentence"),
    cue("neurological_deficit", "weakness", r"(?:walking|walk|gait|balance|legs) (?:has |have |is |are |'s |'re )?(?:gone |going |become |got |getting |been )?(?:all |really |a bit |very |so |kind of |sort of )?(?:weird|strange|funny|odd|wobbly|unsteady|clumsy|wonky|off|wrong|drunk(?:en)?)"
        r"|(?:walk|walks|walking|walked|staggering|staggers|stagger\w*) (?:around |about )?like (?:i'm|i am|i've|i have|she's|he's|she has|he has|she is|he is|someone who's|someone who has) (?:had a few|been drinking|drunk|had a skinful)|(?:walk|walks|walking|walked) like (?:a drunk|i'm drunk|a drunkard)",
        unless=rx(_EXERTION + "|" + _DRINK + r"|(?:after|from) (?:a |the |my )?(?:night out|pub|party|drinks|wine|beer|pints)|hungover|hangover"
                  r"|limp\w*|stubb\w*|blisters?|sprain\w*|twist\w*|bunions?|verruca|ingrown|(?:new|tight|high|wrong) (?:shoes|boots|heels)|leg day|gym|workout"),
        but_if=rx(r"(?:but|and|though|even though) (?:she|he|i) (?:hasn't|hadn't|has not|had not|haven't|have not|didn't|doesn't|don't|never)\b(?! (?:been (?:to|at) the gym))|sober|not (?:been )?drunk|(?:hasn't|haven't|hadn't) (?:been drinking|touched a drop|had a drop)|doesn't drink|don't drink|teetotal|without (?:a )?drink")),
    cue("neurological_deficit", "weakness", r"(?:numb|numbness|numb patch|numb area|numb bit|numb spot|dead patch|dead bit|tingling|tingly patch|weakness) <g2>(?:<LEG>|toes?|knee|buttocks?) <g4>(?:<GROWING>)"
        r"|(?:<LEG>|toes?|knee|buttocks?) <g3>(?:numb|numbness|numb patch|numb area|numb bit|numb spot|dead patch|dead bit|tingling|tingly patch|weakness) <g4>(?:<GROWING>)"),
    cue("neurological_deficit", "weakness", r"drag\w*|scuff\w*|catch\w*|caught|slap\w*|flop\w*|flap\w*|trip\w*|stumbl\w*",
        near=r"(?:my|his|her|own|the|left|right) (?:<SIDE> )?(?:foot|feet|toes?)", window=4,
        unless=rx(_DRINK + r"|tired|clumsy|not looking|wasn't looking|in the dark|new shoes|heels|flip-?flops|laces")),
    cue("neurological_deficit", "weakness", r"(?:dragging|drag|drags|dragged) (?:it|them) (?:along|behind)?|(?:my|his|her|the|one) (?:<SIDE> )?leg (?:feels |is |has gone |has been |went |keeps going |feel )?(?:\w+ )?(?:heavy|like lead|leaden|like a dead weight|like a log)",
        near=r"legs?|drag\w*", window=8, scope="sentence", unless=rx(_EXERTION + r"|flight|standing|long day|shift|period|pregnan\w*|swollen|varicose")),
    cue("neurological_deficit", "weakness", r"(?:won't|doesn't|can't|will not|does not|wont) (?:lift|come up|pick up|go up|clear the ground)",
        near=r"foot|feet|toes?|ankle", window=8, scope="sentence"),
    cue("neurological_deficit", "weakness",
        r"(?:<CANT>|won't|wont) (?:\w+ )?(?:lift|raise|pull up|bend up|point|flex|move|control) (?:<POSS> )?(?:<SIDE> )?(?:foot|feet|toes?|ankles?|big toe|legs?)"
        r"|(?:<CANT>|won't|wont) (?:\w+ )?(?:lift|raise|pull|bend|bring|flex|get) (?:<POSS> )?(?:<SIDE> )?(?:foot|feet|toes?|ankles?|big toe) (?:up|upwards|off the (?:floor|ground))"
        r"|(?:<CANT>|can't) (?:get|make) (?:<POSS> )?(?:<SIDE> )?(?:foot|feet|toes?|ankles?|legs?) (?:to )?(?:lift|move|work|go up|come up|bend|respond|do anything)"),
    cue("neurological_deficit", "weakness",
        r"(?:foot|feet|toes?|legs?|ankles?|heels?) (?:\w+ )?(?:won't|wont|doesn't|don't|will not|can't|isn't|aren't|does not|do not) <g2>(?:curl|grip|wiggle|point|lift|come up|come off|rise|go up|bend|bend up|flex|move|work|working|hold (?:me|my weight|him|her)|support|carry|obey|respond|do what|cooperate|co-operate|listen)"),
    cue("neurological_deficit", "weakness", r"(?:walking|standing|getting up|climbing stairs) <g3>(?:difficult|hard|impossible|a struggle|tricky|a nightmare)",
        unless=rx(r"long|far|distances?|for (?:long|more than|over|ages)|miles|hills?|uphill")),
    cue("neurological_deficit", "weakness", r"(?:<CANT>|can't) (?:walk|stand|balance|go up|get up|rise|push up|stand up|go) (?:up )?on(?:to)? (?:<POSS> )?(?:heels?|tip ?toes|tiptoes|toes)"),
    cue("neurological_deficit", "weakness", r"(?:knee|leg) (?:won't|doesn't|can't|will not|does not) (?:stay|hold|keep) (?:straight|locked|up|me up)"),
    cue("neurological_deficit", "weakness", r"(?:still|keeps?|is|it's) (?:spreading|growing|getting bigger)|spreading (?:\w+ ){0,3}(?:more|further|every day|each day|up|down)"
        r"|now (?:it's |it is |covers |covering )?(?:the whole|all of|most of|half) (?:\w+ ){0,2}(?:of )?(?:my |the )?(?:leg|foot|thigh|shin|calf)|now (?:it's |it is )?up to (?:the|my) (?:knee|thigh|hip|ankle|shin|calf|groin)",
        near=r"numb\w*|tingl\w*|pins and needles|dead", window=14, scope="sentence", pairing="loose",
        unless=rx(r"rash|bruis\w*|redness|red patch|swelling|cellulitis|eczema|itch\w*")),
    cue("neurological_deficit", "weakness", r"(?:<LEG>|knee) <g2>(?:went|goes|going|gone|go) (?:dead|from under me|to nothing)",
        near=r"fell|fall|falling|collapsed|went down|hit the floor|ended up on the floor", window=8, scope="sentence", pairing="loose",
        unless=rx(r"sat|sitting|crossed|cross-legged|kneeling|squatting|on the (?:loo|toilet)")),
    cue("neurological_deficit", "weakness",
        r"(?:legs?|knees?|feet|foot|ankles?|hips?) <g8>(?:<GIVEWAY>)",
        unless=rx(r"twist\w*|football|rugby|netball|sport|acl|ligament|cartilage|menisc\w*|tackle|sprain\w*|skiing|dislocat\w*")),
    cue("neurological_deficit", "weakness", r"<TROUBLE> (?:\w+ )?(?:lifting|raising|moving|pulling up|bending up|controlling) (?:<POSS> )?(?:<SIDE> )?(?:foot|feet|toes?|ankles?|legs?)"),
    cue("neurological_deficit", "weakness",
        r"<LEG>", near=r"weak|weaker|weakness|weakening|feeble|(?:no|lost|losing|loss of|reduced|less|lack of) (?:all |my |any |the )?(?:strength|power)|jelly|wobbly|like rubber|rubbery|heavy and weak|floppy"
        r"|like (?:\w+ )?(?:lead|jelly|noodles|spaghetti|string|pasta|rubber|cotton wool|blancmange|a newborn foal|a puppet|a rag ?doll|a marionette)|leaden|useless|limp|puppet|rag ?doll|marionette|cut strings|strings (?:cut|have been cut)|(?:won't|doesn't|don't|can't|wouldn't) (?:hold|support|carry|push|lift|take) (?:me|him|her|my weight|his weight|her weight)"
        r"|(?:doesn't|don't|didn't) (?:belong to me|feel like (?:mine|my own|they're mine|it's mine))|(?:someone|somebody) else's|belongs? to (?:someone|somebody) else"
        r"|(?:isn't|is not|aren't|are not|not|no longer|no) (?:as |so |very |that )?strong (?:any ?more|now|as (?:it|they) (?:was|were|used to be)|like (?:it|they) used to|like before|as before|these days)|no longer (?:as )?strong|(?:isn't|is not|aren't|not) strong enough (?:\w+ ){0,6}(?:any ?more|now)"
        r"|(?:isn't|is not|aren't|not) strong enough to (?:climb|get (?:in|into|out|up)|stand|walk|step|push|hold|carry|support|take (?:my|his|her) weight)"
        r"|(?:<CANT>|can't) (?:even )?(?:hop|stand) on (?:it|them|that (?:leg|foot|side)|one leg)",
        window=8, unless=rx(r"core|glutes?|abs|hamstrings?|quads?|muscles? (?:in|of|around) (?:my|the) hips?|hip muscles|exercises? (?:for|to)|strengthen\w*"
                           r"|(?:hip|knee) (?:op|operation|surgery|replacement)|" + _EXERTION + "|" + _DRINK),
        but_if=rx(r"every day|each day|by the day|day by day|getting worse|worse and worse|progressive\w*|more and more|(?:can't|cannot) even|since (?:the|my|this) (?:back|disc|sciatica)")),
    cue("neurological_deficit", "weakness",
        r"(?:<CANT>|can't|<TROUBLE>|unable to) (?:even |really |properly )?(?:walk|walking|stand|standing|stand up|get up|weight ?bear\w*|bear weight|put weight)(?! (?:for|far|long|very|more than|up straight|straight|too|as|much|upright|without (?:pain|it hurting|hurting|aching|discomfort|painkillers)))"),
    cue("neurological_deficit", "weakness", r"(?:keep|keeps|kept|started|been) (?:on )?(?:stumbling|tripping|falling over|falling|losing (?:my|his|her) balance|collapsing|collapsed|ending up on the floor|hitting the floor|dropping to the floor)|unsteady on (?:my|his|her) feet|(?:my|his|her) balance (?:is|has gone|has been) (?:off|bad|gone|poor)",
        unless=rx(_DRINK + r"|(?:knee|ankle|hip|foot) (?:op|operation|surgery|replacement|sprain)|after (?:my |the |an? )?(?:op|operation|surgery)|vertigo|dizz\w*|inner ear|labyrinth\w*"
                  r"|yoga|pilates|poses?|balance (?:board|exercises?|training|class)|on one leg"
                  r"|(?:over|on) (?:my |the |a |his |her )?(?:dog|dogs|cat|cats|kids?|children|toys?|lego|rug|cables?|wires?|things|stuff|shoes|laces|shoelaces|clothes|bags?|hose)")),
    cue("neurological_deficit", "weakness", r"paraly[sz]\w*|<CANT> move (?:<POSS> )?(?:<SIDE> )?(?:legs?|feet)|(?:<CANT>|can't) feel (?:<POSS> )?(?:<SIDE> )?(?:legs|feet|leg|foot)", urgency="emergency"),
    cue("neurological_deficit", "weakness", r"(?:muscles?|calf|calves|thighs?|quads?|legs?) <g4>(?:wasting|wasted|shrinking|shrunk|shrunken|getting (?:thinner|smaller)|thinner|smaller|withering)",
        unless=rx(r"weight|diet\w*|lost (?:weight|fat)|toned|trimmer|slimmer|from (?:sitting|lying|not (?:using|exercising|moving|training)|inactivity|bed rest)"
                  r"|need to (?:exercise|train|move|get moving)|lack of (?:exercise|use|activity)|since (?:i stopped|giving up|stopping)|lockdown|" + _EXERTION)),
    cue("neurological_deficit", "weakness", r"(?:strength|power) <g3>(?:<LEG>) <g2>(?:going|gone|fading|disappearing|leaving|draining|weaker|less)"),
    cue("neurological_deficit", "weakness", r"(?:dorsiflexion|plantarflexion|plantar flexion|ehl|eversion|great toe extension|big toe extension|knee extension|hip flexion|myotomal|ankle) (?:weakness|power (?:is )?(?:reduced|[0-4]/5)|[0-4]/5|is weak|weak)"
        r"|weak\w* (?:\w+ )?(?:dorsiflexion|plantarflexion|ehl|ankle eversion|great toe|big toe)|(?:power|strength) (?:\w+ )?[0-4]/5"),
    cue("neurological_deficit", "weakness", r"(?:progressive|worsening|increasing|spreading|new) (?:neurological |neuro |motor )?(?:weakness|deficit|numbness)|(?:[ls][1-5] )?myotom\w* (?:weakness|deficit|loss)|(?:weakness|deficit) <g4>(?:progressive|progressing|worsening|getting worse)|motor (?:weakness|deficit|loss)|(?:numb\w*|weakness|tingl\w*) <g4>(?:spreading|getting worse|worsening|moving up|creeping up)"),

    # ---------------------------------------------------------------- infection
    # not hay fever, glandular fever (years ago), cabin fever or fever pitch
    cue("infection", "fever", r"(?<!hay\s)(?<!hay-)(?<!glandular\s)(?<!scarlet\s)(?<!yellow\s)(?<!cabin\s)(?<!cup\s)(?<!spring\s)(?<!football\s)(?<!election\s)(?<!olympic\s)(?<!christmas\s)(?<!disco\s)(?<!gold\s)(?<!baby\s)fevers?(?! (?:pitch|dream|tree))|feverish|febrile|pyrexi\w*|(?:high|raised|a|slight|mild|low-?grade|bit of a|little|running a|got a|have a) (?:slight |mild |high |raised |low-?grade |little |bit of a )?temp(?:erature)?(?! (?:of 3[4-7]|control|check|is normal|was normal))|temp(?:erature)? (?:is |was |of |at |went up to |reading |hit |keeps going up )?(?:3[89]|4[01]|10[0-5])"
        r"|(?:3[89]|4[01])(?:\.\d)? ?(?:°|degrees|c\b)|(?:10[0-5])(?:\.\d)? ?(?:°|degrees|f\b)|burning up|hot and cold|hot and shivery|flu-?like|fluey|flu symptoms"
        r"|(?:boiling|roasting|burning|sweating|hot) (?:\w+ )?(?:then|and then|one minute|and) (?:\w+ )?(?:freezing|shivering|shaking|cold)|teeth (?:are |were |keep )?chattering|running a (?:bit of a |high |slight )?(?:temp|temperature|fever)"
        r"|(?:raging|sky[- ]?high|spiking|spiked) (?:temp|temperature|fever)|temp(?:erature)? (?:keeps |has |is )?(?:spik\w*|through the roof|sky[- ]?high)|(?:hot|burning) to (?:the )?touch|(?:feel|feeling|felt) (?:really |so |very )?(?:feverish|fluey|shivery|clammy and hot|hot and clammy)"
        r"|(?:i've got|i have|i've|got|have|with|like i've got|like i have|coming down with) (?:the |a )?(?:flu|influenza)",
        unless=rx(r"temp\w* (?:of |is |was |at |reading |around |about )?(?:3[4-6](?:\.\d+)?|37(?:\.[0-7]\d*)?|9[5-9](?:\.\d+)?)(?:c|f|°)?|normal temp\w*|room temp\w*|body temp\w*|temp\w* (?:is|was|'s) (?:fine|normal|ok|okay)"
                  r"|(?:world cup|cup|football|footy|rugby|cabin|spring|election|olympic|christmas|disco|gold|baby|wedding|festival|bieber|beatle) fever")),
    cue("infection", "fever", r"(?:3[89]|4[01])(?:\.\d)? ?(?:c|°c|°|degrees)? (?:on|by) the thermometer|thermometer (?:says|said|read|reads|showed|shows|hit|hits) (?:3[89]|4[01]|10[0-5])"),
    cue("infection", "fever", r"chills|shiver\w*|shivery|the shivers|the shakes|rigou?rs|cold sweats|shaking with cold",
        unless=rx(r"heating|boiler|radiators?|power cut|cold (?:house|flat|room|office|weather|snap)|freezing (?:house|flat|room|office|in here|in there)|because (?:it's|it is|of the) (?:cold|freezing|weather)|the cold|outside|in the snow|cold (?:water|shower|swim)|ice bath|swim\w*|pool|the sea|got out of the|wet hair|the rain"
                  r"|(?:watch|listen|read|hear|heard|think|thought|gave|give|gives|giving)\w* <g4>(?:chills|shivers)|(?:film|movie|song|music|story|speech|spine-?chilling)\w*|chills? (?:me|out|down my spine)|shivers? down (?:my|his|her) spine|chill(?:ing|ed)? out"
                  r"|nervous|nerves|anxious|anxiety|exam|results|excite\w*|scared|frightened|spooked|horror|ghost"),
        but_if=rx(r"even (?:with|though|when|in|under|wrapped)|despite|(?:and|but) (?:i'm |i am |it's |it is |the house is |the room is )?(?:not|isn't|wasn't) (?:even )?cold|(?:warm|hot|boiling) (?:in here|room|house|flat)")),
    cue("infection", "fever",
        r"night sweats?|night swea\w*|(?:drenching|soaking|drenched|soaked|pouring|dripping) (?:in )?sweats?|night sweets?|night-time sweats?|sweat\w* <g4>(?:at night|in the night|in bed|overnight|every night|in my sleep|through the night)|(?:drenched|soaked|soaking|wet|waking up|woke up|wake up) <g3>(?:sweat|sweats|sweating|sweaty)|sweat(?:ing)? buckets"
        r"|(?:wake|waking|woke|wakes) up (?:\w+ )?(?:drenched|soaked|soaking|in a sweat|sweating|wet through|dripping)"
        r"|sweat\w* (?:through|into|all over) (?:my |the |his |her )?(?:sheets|bedding|bed|pyjamas|pajamas|pjs|nightie|nightclothes|pillow)|(?:sheets|bedding|pyjamas|pajamas|pillow) (?:are |is |were |get |got )?(?:soaked|drenched|soaking|wet through) (?:with|in|from) sweat",
        unless=rx(r"(?:a|the) (?:cold|flu|virus|bug)|covid|warm|hot (?:room|weather|bedroom|night|nights|house|flat)|heat|heatwave|duvet|tog|menopaus\w*|hrt|hormone\w*|(?:my|the|new) (?:meds|medication|tablets|antidepressants?)|perimenopaus\w*|hot flush\w*|hot flash\w*|radiator|heating|summer|electric blanket|too many (?:covers|blankets)|antidepressant\w*|sertraline|venlafaxine|fluoxetine|citalopram|ssri|antibiotics|(?:chest|kidney|water|urine|ear|throat) infection"
                  r"|(?:hot |bikram )?yoga|gym|workout|work out|exercis\w*|running|jogging|spin|sauna|steam room|training|practice|match|(?:a |the )?class")),
    cue("infection", "drugs", r"(?:i|i've|i'm|he|she|he's|she's|been|started|keep|used to) (?:been )?(?:inject|injecting|injected)(?= ?(?:$|[,.;!?(]| and | but | again| recently| lately| for| since| a lot))"
        r"|inject(?:ing|ed|s)? (?:\w+ )?(?:drugs|heroin|myself|meth|cocaine|speed|steroids|anabolics?|testosterone|gear)|(?:iv|intravenous) drugs?|heroin|shoot\w* up|ivdu|pwid|drug user|needles? (?:use|sharing)|shar\w* needles|(?:use|uses|using|used) (?:dirty |shared |other people's )needles"
        r"|mainlin\w*|skin[- ]?popp\w*|track marks|(?:use|using|used|share|sharing|shared) (?:\w+ )?needles(?! (?:for|in) (?:my|his|her) (?:insulin|diabetes|fertility|ivf|b12|injections?|knitting|sewing))|slamming|banging up|(?:heroin|smack|crack|meth|drug) (?:user|addict|habit)|(?:injecting|iv) (?:drug )?user", kind="history", lapses=True),
    # conditions that last: a transplant "two years ago" still means anti-rejection drugs today
    cue("infection", "immunity",
        r"hiv|aids|transplant\w*|immune (?:system )?(?:is |'s |has been )?(?:basically |practically |virtually |pretty much |very |really |so )?(?:weak\w*|low|suppress\w*|compromis\w*|deficien\w*|problems?|poor|bad|zero|non-?existent|shot|wrecked|rubbish|knackered|nil|gone)|immune (?:system )?(?:isn't|is not|not|doesn't|does not) (?:very |that |so |really )?(?:great|good|strong|working|work|well)|(?:weak\w*|low|poor|compromised|suppressed) immun\w*"
        r"|immuno ?(?:deficien\w*|compromised|suppressed)|spleen (?:removed|out|taken out)|(?:removed|lost|no|without a|had my) <g1>spleen|splenectomy|asplen\w*|dialysis|sickle cell",
        kind="history", unless=rx(r"hair|teeth|tooth|dental|lawn|grass|plants?|fat (?:transfer|graft)|cornea\w*|transplanted (?:the|a|some)")),
    # treatments that end: chemotherapy "years ago" no longer weakens immunity
    cue("infection", "drugs", r"iv", near=r"using|use|used|again|drugs?|heroin|gear|shoot\w*|inject\w*|smack|relapse\w*", window=4, kind="history", lapses=True),
    cue("infection", "immunity",
        r"chemo\w*|immuno\w*|methotrexate|biologics?|humira|adalimumab|infliximab|etanercept|rituximab|azathioprine|ciclosporin|cyclosporine|tacrolimus|mycophenolate|neutropeni\w*",
        kind="history", lapses=True),
    cue("infection", "immunity",
        r"steroids?|prednisolone|prednisone|dexamethasone|hydrocortisone tablets|(?:on|taking|take) pred\b|\d+ ?mgs? (?:of )?pred\b|pred (?:\d+ ?mgs?|tablets|tabs)",
        near=r"long[- ]?term|for (?:years|months|ages|a long time|\d+ (?:years|months)|(?:a|over a|more than a) year)|years|months|daily|every day|high[- ]?dose|on|taking|take|use|user|dependent|dependence|chronic",
        window=6, kind="history", lapses=True, unless_clause=rx(r"injection|injections|injected|epidural|inhalers?|creams?|jab|shot|one-off|single|spray|nasal|drops|gel|ointment|puffer|topical"
                                                               r"|for (?:a|one|two|three|\d+|a few|a couple of) (?:days?|weeks?)|(?:short|one|a|single|\d+[- ]day|(?:three|five|seven|ten)[- ]day) course|course of|burst of")),
    cue("infection", "infection", r"wounds?|scars?|incisions?|stitches|staples|op site|operation site|surgical site",
        near=r"ooz\w*|weep\w*|pus|discharg\w*|smell\w*|infected|red and (?:hot|swollen|angry)|hot and (?:red|swollen)|angry|opened up|open up|leaking|gaping", window=8, scope="sentence"),
    cue("infection", "infection", r"(?:spinal|spine|bone|disc|kidney|urine|water|wound|urinary tract|blood) infection|infection (?:in|of) (?:my |his |her |the )?(?:spine|back|bones?|discs?|vertebra\w*|kidneys?|blood|wound|scar)|\buti\b|abscess|sepsis|septic|discitis|osteomyelitis|infected|tuberculosis|\btb\b|pyelonephritis"),

    # ---------------------------------------------------------------- cancer
    cue("cancer", "cancer",
        r"cancers?|(?:the )?big c\b|(?:breast|prostate|lung|bowel|colon|colorectal|kidney|renal|thyroid|skin|ovarian|cervical|bladder|pancreatic|stomach|liver|cell|squamous|small cell) ca\b|(?:h/o|hx|pmh|history of|known|metastatic) (?:\w+ ){0,3}ca\b|\bca (?:breast|prostate|lung|bowel|colon)|tumou?rs?|malignan\w*|carcinoma|sarcoma|lymphoma|leuka?emia|myeloma|melanoma|metasta\w*|\bmets\b|secondaries|secondary (?:cancer|tumou?rs?|deposits?)|(?:bone|spinal) (?:lesions?|deposits?)|oncolog\w*|neoplasm|radiotherapy|radiation therapy|mastectomy|lumpectomy|prostatectomy|in remission|chemo\w*|tamoxifen|letrozole|anastrozole|herceptin|zoladex|enzalutamide|(?:hormone|immuno) ?therapy for (?:my |his |her )?(?:breast|prostate|cancer)",
        kind="history", urgency="urgent", info="any",
        unless=rx(r"cancer (?:charity|research|screening|awareness|run|walk)|race for life|runs? in (?:my|the|our) family|family history|risk of|my risk"
                  r"|benign|non-?cancerous|not cancer|wasn't cancer|isn't cancer|all clear from (?:the )?(?:scan|test)"
                  r"|star sign|zodiac|horoscope|scare|false alarm|it was nothing|turned out"
                  r"|(?:i'm|i am|she's|he's) a cancer\b(?! (?:patient|survivor|sufferer))|cancer (?:ward|unit|nurse|nursing|centre|center|hospital|clinic|team|charity|shop|fundraiser|fund ?raising)"
                  r"|(?:work|works|working|worked|job|shift|volunteer\w*) (?:\w+ )?(?:on|in|at|for) (?:a |an |the )?(?:\w+ )?(?:cancer|oncology)|oncology (?:ward|unit|nurse|department|team|clinic)"),
        but_if=rx(r"(?:had|have had|i've had|got|beat|beaten|survived) it (?:myself|too|as well)|(?:i'm|i am) a (?:cancer )?survivor|in remission|my (?:own )?(?:cancer|treatment|chemo)")),
    cue("cancer", "cancer", r"(?:new |a |hard |painless )?lump (?:in|on) (?:my|his|her) (?:breast|boob|testicle|ball|neck|armpit|groin)|(?:breast|testicular|testicle|armpit) lump",
        urgency="urgent"),
    cue("cancer", "weight",
        r"(?:lost|losing|loosing|loosed|dropped|dropping|shed|shedding|lose) <g4>(?:\d+(?:\.\d+)? ?)?(?:weight|pounds|lbs?|kilos?|kgs?|stones?|st|dress sizes?|a size)|weight loss|(?:weight|weight's|pounds|kilos) (?:is |has |have |keeps? )?(?:been )?(?:just )?(?:dropping|dropped|falling|fallen|going down|gone down|go down|goes down|went down|coming off|falling off|melting off|flying off|pouring off)"
        r"|(?:lost|losing|no|off) (?:my |his |her |all )?(?:appetite|interest in food) <g4>(?:a |half a |nearly a |almost a |over a |about a |\d+(?:\.\d+)? ?)(?:stones?|st|pounds|lbs?|kilos?|kgs?)"
        r"|(?:clothes|trousers|jeans|belt|rings?|skirts?|dress\w*|shirts?|tops?|bras?|watch) <g3>(?:loose|looser|baggy|baggier|hanging off|falling off|swimming on|hang off)"
        r"|(?:extra|new|another|last|tightest) (?:hole|notch) (?:in|on) (?:my |the )?belt|belt (?:is )?(?:on|at|down to) (?:its|the) (?:last|tightest|final) (?:hole|notch)|getting (?:much |really |so |very )?(?:thinner|skinny|skinnier)"
        r"|(?:gone|went|going|moved|come) down (?:a |one |two |three |\d+ )?(?:belt )?(?:notch|notches|holes?)|(?:a |half a |two |three |\d+ )(?:stones?|pounds|lbs?|kilos?|kgs?) lighter|(?:gone|went|going|dropped) down (?:a |one |two |three |\d+ )?(?:dress |clothes |trouser |jeans |shirt )?sizes?|wasting away|(?:<CANT>|can't) (?:keep|put) (?:any )?weight on|(?:can't|cannot|unable to) put on weight",
        urgency="urgent", unless=_INTENT, unless_clause=_PLAN, but_if=_UNINTENDED),
    cue("cancer", "night",
        r"(?:pain|pains|ache|aches|aching|hurts?|hurting|sore|throbs?|throbbing|worse|worst|bad|agony|it's there|it is there) <g4>(?:at night|during the night|in the night|overnight|every night|all night|at nighttime|at night-time|nights|in the (?:small|wee) hours|in the middle of the night)"
        r"|(?:worse|hurts? more|more pain|more painful|worst|agony) (?:when |while |if )?(?:i'm |i am |i |he's |she's )?(?:lying|lie|laying|lay) (?:down|flat|still|in bed)"
        r"|night pain|night-time pain|nighttime pain"
        r"|(?:pain|it|back|hip|leg|sciatica|ache|aching|this|agony|throbbing|mine) <g4>(?:wakes?|waking|woken|woke|keeps waking) (?:me|him|her|us)"
        r"|(?:woken|waking|wake|wakes|woke) (?:me |him |her )?(?:up )?(?:with|by|from|due to|because of|in) (?:the |my |his |her )?(?:pain|agony|back|hip|sciatica|ache)"
        r"|(?:pain|it) (?:wakes|keeps|kept|woke) (?:me|him|her) (?:up|awake)|keeps (?:me|him|her) (?:up|awake) at night"
        r"|(?:at night|in the night|overnight|nights?|in bed) <g4>(?:because of|due to|from|with) (?:the |my |his |her )?(?:pain|back|hip)",
        unless=rx(_POSITIONAL.pattern + "|" + _AFTER_ACTIVITY.pattern), unless_clause=_ADVICE),
    cue("cancer", "night", r"(?:hurts?|hurting|aches?|aching|pain\w*|sore|throbs?|throbbing|agony) (?:\w+ )?(?:just |even )(?:lying|laying|lie|lay|sitting|resting) (?:there|still|in bed|down|flat|doing nothing)"
        r"|keeps? (?:me|him|her) (?:up|awake) (?:every|each|most|all) nights?|no matter (?:what|which) position|whatever position (?:i|he|she)"
        r"|(?:worst|worse|agony|unbearable) (?:\w+ )?(?:at|around|by) (?:[1-5] ?am|[1-5] ?a\.m\.|[1-5] in the morning)"
        r"|(?:lying|laying|resting|keeping|staying) (?:still|down|flat) (?:\w+ )?(?:makes no difference|doesn't help|does nothing|changes nothing)"
        r"|(?:24/7|all the time|constant\w*|non-?stop|day and night) <g5>(?:lying|laying|lie|lay) (?:dead |stock |completely |perfectly |totally )still"
        r"|nothing (?:eases|helps|touches|relieves|shifts|settles) (?:it|the (?:back ?ache|pain|ache|back pain))\W+(?:not|no) (?:even )?(?:lying|laying|rest|resting|bed|sleep\w*|sitting)"
        r"|(?:not|never|isn't|doesn't) (?:when|if) (?:i |he |she )?(?:move|moving|walk|walking)\W+(?:just |only )?(?:when|if|while) (?:i'm |i am |i )?(?:rest|resting|still|lying|sitting)",
        unless=_POSITIONAL),
    cue("cancer", "night", r"(?:wake|wakes|waking|woke|woken) (?:up )?(?:every night|each night|most nights|at night|in the night|several times|\w+ times|all night|constantly)",
        near=r"(?:because|cos|as|from|due to|with) <g4>(?:pain|sciatica|hurts|hurting|agony|aching|ache)", window=8, scope="sentence",
        pairing="loose", unless=rx(_POSITIONAL.pattern + "|" + _AFTER_ACTIVITY.pattern)),
    cue("cancer", "night", r"(?:same|no different|just as bad|as bad|no better|constant|there|unchanged) <g2>(?:whether|if|when|no matter if|no matter whether) (?:i'm |i am |i |he's |she's )?(?:moving|move|sitting|sit|lying|lie|resting|rest|standing|stand|walking|walk)(?: (?:or|and|,) <g3>(?:lying|lie|resting|rest|sitting|sit|still|in bed|asleep))"
        r"|(?:never|doesn't|does not|won't|will not) (?:ever )?(?:switch\w* off|turn\w* off|shut\w* off|let\w* up|let\w* me (?:be|rest|sleep)|give\w* me a break|take\w* a break)|no (?:let-?up|respite|break from (?:it|the pain))"
        r"|(?:doesn't|does not|don't|no) matter (?:if|whether|what|how|which) <g4>(?:lying|lie|laying|lay|resting|rest|in bed|asleep|keep still|stay still)",
        unless=_POSITIONAL),
    cue("cancer", "night", r"(?:pain|pains|ache|aches|aching|hurts?|hurting|sore|throbs?|throbbing|worse|worst) (?:even )?(?:at rest|when resting|while resting|when i rest|when i'm resting|day and night|all day and (?:all )?night|night and day)"
        r"|(?:pain|pains|ache|aches|aching|hurts?|hurting|sore|throbs?|throbbing|it's there|it is there|there) <g4>even (?:at rest|when|while|if) (?:i'm |i am |i |he's |she's |he |she |we're )?(?:rest|resting|lying (?:still|down|flat)|lie (?:still|down|flat)|sitting still|sit still|keeping still|keep still|not moving|doing nothing|asleep|in bed|lying in bed)"),
    cue("cancer", "night",
        r"(?:at rest|resting|rest|lying still|lying down|lie down|in bed|sitting still|keeping still|night|nights|small hours|wee hours)",
        near=r"never (?:eases|goes|stops|lets up|settles|improves|switches off)|doesn't (?:ease|go away|stop|settle|improve|let up|switch off)|does not (?:ease|go away|stop|settle)"
             r"|won't (?:ease|go away|stop|settle)|nothing (?:eases|helps|relieves|makes it better|works|touches)|no position|not eased|constant\w*|unrelenting|relentless|non-?stop|all the time|24/7",
        window=8, scope="sentence", unless=_POSITIONAL, pairing="loose"),

    # ---------------------------------------------------------------- fracture
    cue("fracture", "trauma", r"(?:took|taken|got|had|was|been|copped) (?:a |an )?(?:really )?(?:heavy|big|hard|huge|massive|nasty|late|high|bad|crunching|brutal) (?:tackle|hit|collision|clash|knock|shoulder charge)"
        r"|(?:cleaned up|flattened|poleaxed|taken out|clattered|smashed|speared|creamed|blindsided) (?:in|by) (?:a |the )?(?:tackle|challenge|linebacker|prop|scrum|defender|hit)"
        r"|(?:took|got|had|copped) a (?:helmet|knee|shoulder|boot|studs) (?:right |straight )?(?:in|into|to) (?:the |my |his |her )?(?:back|spine|lower back|ribs)"
        r"|(?:focal |point |midline |bony |spinous process |step ?off )+(?:midline |bony )?tenderness|tender (?:over|on) (?:the )?(?:spinous|midline|t\d+|l\d+)", kind="event"),
    cue("fracture", "trauma", r"(?:fall|fell|fallen|falling|drop|dropped|jumped) (?:\w+ )?(?:from|off|of) (?:a height of |a height |height |approx\w*\.? |about |around |roughly |nearly |over |~)*\d+(?:\.\d+)? ?(?:m|metres?|meters?|ft|feet|foot)\b", kind="event"),
    cue("fracture", "trauma", r"body ?slam\w*|suplex\w*|pile ?driver\w*|(?:speared|slammed|thrown|dumped|spiked|drove me|driven) (?:\w+ )?(?:onto|on to|into|on) (?:my |the |his |her )?(?:head|neck|back|spine|mat|floor|ground|concrete|boards|turf)",
        kind="event", unless=rx(r"slammed (?:the |a )?door|thrown (?:out|up)|slammed (?:with|by) work")),
    cue("fracture", "trauma",
        r"(?:fell|fall|falling|fallen|came|come|coming|tumbled|jumped|thrown|slipped|slid|bumped|bounced|rolled) <g3>(?:off|of|from|down|out of|through) <g4>(?:escalators?|holes?|ditch|embankment|bank|ravine|manhole|pit|ceiling|floor|floorboards|hatch|loft hatch|skylight|ladders?|stepladders?|roofs?|scaffold\w*|heights?|trees?|horses?|ponies|pony|walls?|stairs|steps|staircase|balcony|bunk|loft|attic|trampoline|bikes?|motorbikes?|motorcycles?|bicycles?|scooters?|skateboards?|cliffs?|ledges?|rocks?|buildings?|windows?|stages?|platforms?|bleachers|stands|decks?|porch|fences?|climbing wall|swings?|slides?|monkey bars|trucks?|lorry|chairs?|tables?|stools?|bed|trailers?|wagons?|carts?|tractors?|combines?|hay ?(?:stacks?|bales?|lofts?)|barns?|silos?|mezzanines?)"
        r"|(?:ladder|stepladder|scaffold\w*|roof|ceiling|floor|platform|chair) <g2>(?:slipped|gave way|collapsed|went from under|tipped|toppled|fell)"
        r"|(?:bad|nasty|heavy|hard|serious|big|horrible|awful|massive|really bad) (?:fall|tumble)|(?:fell|fall|falling|landed|came down) (?:\w+ )?(?:onto|on to|on) (?:the )?(?:concrete|tarmac|stone|rocks?|pavement|tiles|patio|hard ground|road|curb|kerb)"
        r"|thrown (?:from|out of|off) (?:a |the |my )?(?:car|vehicle|van|bike|motorbike|horse|quad)|(?:hit|struck|knocked) (?:\w+ )?by (?:a |the )?(?:falling|flying|heavy) \w+|(?:something|a \w+|the \w+) fell on (?:me|my back|him|her|his back|her back)"
        r"|(?:took|had) a (?:\w+ )?(?:spill|tumble|header|crash|wipe-?out) (?:on|off|from) (?:my |the |a |his |her )?(?:bike|motorbike|horse|bicycle|scooter|skateboard|skis|snowboard|ladder|stairs)",
        kind="event"),
    cue("fracture", "trauma", r"(?:fell|fall|falling|fallen|dropped|drop|jumped|tumbled|came down|come down|went down|plunged|plummeted) (?:maybe |about |around |nearly |over |almost |roughly |like |at least |a good |some )?(?:\d+(?:\.\d+)?|two|three|four|five|six|eight|ten|twelve|fifteen|twenty|several|a few|a couple of) ?(?:m|metres|meters|feet|ft|foot|storeys|stories|floors|flights)",
        kind="event"),
    cue("fracture", "trauma",
        r"(?:car|road|traffic|motorbike|motorcycle|bike|cycling|vehicle|auto|head-on|rta|rtc|skiing|riding|horse|quad|work) (?:crash|accident|collision|smash|wreck|rta)|\b(?:rta|rtc|mva|mvc)\b|(?:crash|crashed|wrote off|rolled|flipped) (?:my |the |our |his |her )?(?:car|bike|motorbike|van)"
        r"|(?:hit|struck|knocked down|run over|rammed) by (?:a |an |another )?(?:car|van|bus|lorry|truck|vehicle|motorbike|bike|cyclist|driver)|rear[- ]?ended|knocked (?:off|down|over)(?: (?:my|his|her|a|the) (?:bike|motorbike|bicycle|scooter|horse))?|knocked (?:off|down|over) by|run over|(?:car|van|vehicle|bike) (?:was |got )?(?:hit|struck|smashed|rammed|shunted|written off|totalled|totaled)|whiplash|car (?:flipped|rolled)|(?:came|come|thrown) off (?:my |the |a )?(?:motorbike|bike|horse|motorcycle|scooter|pony)|fender[- ]?bender|t-?boned|car wreck|auto accident",
        kind="event", unless=rx(r"(?:feels?|felt|feeling) (?:like|as if|as though)|as if|as though|watch\w*|saw|seen|on (?:the )?(?:tv|telly|news)|film|movie|video|game|witness\w*|heard about"
                                + _FIGURATIVE_CRASH
                                + r"|(?:while|when) (?:it was |it's )?parked|(?:nobody|no one|no-one) (?:was )?in it|(?:i |we )?(?:wasn't|weren't) in (?:it|the car)")),
    cue("fracture", "trauma", r"(?:in|involved in|had|have been in|been in) (?:a |an )(?:\w+ )?(?:crash|collision|smash|pile-?up|wreck)",
        kind="event", unless=rx(r"crash (?:course|diet|test|mat|pad)|(?:feels?|felt|feeling) (?:like|as if|as though)|computer|laptop|stock market")),
    cue("fracture", "trauma", r"(?:<RIDE>)", near=r"<SMASH>", window=8, kind="event",
        unless=rx(r"(?:feels?|felt|feeling) (?:like|as if|as though)|as if|as though|on (?:the )?(?:tv|telly|news)|watch\w*|film|movie|video|(?:computer|video|console) game|crash (?:course|diet|mat|pad)|crashed (?:out|on the (?:sofa|couch|bed))|nearly|almost|near miss"
                  + _FIGURATIVE_CRASH)),
    cue("fracture", "trauma", r"over the (?:handlebars|handle bars|handlebar)|(?:horse|pony|mare|gelding) <g3>(?:threw|bucked|chucked|dumped|unseated|rolled on|fell on) (?:me|him|her)|(?:came|come|coming) a cropper"
        r"|rugby tackle|(?:tackled|tackle) <g4>(?:rugby|football)|(?:rugby|football) <g4>tackl\w*|trampoline (?:accident|injury|fall|mishap)",
        kind="event", unless=rx(r"(?:feels?|felt|feeling) (?:like|as if|as though)|as if|as though|on (?:the )?(?:tv|telly|news)|watch\w*")),
    # long-term oral steroids with back pain: an osteoporotic fracture needs no fall (AHCPR)
    cue("fracture", "fragile", r"(?:<ORAL_STEROID>) <g5>(?:<LONG_COURSE>)|(?:<LONG_COURSE>) <g4>(?:<ORAL_STEROID>)", needs="pain", kind="history", lapses=True),
    # the spine, tailbone or hip take a fall; landing on the bum or side counts only when it was hard
    cue("fracture", "trauma",
        r"(?:landed|land|landing|fell|fall|came down|thrown) (?:\w+ )?(?:hard|heavily|badly|awkwardly|flat|straight|right)? ?(?:on|onto) (?:my|his|her|the) (?:back|spine|tailbone|coccyx|hip|neck|head)"
        r"|(?:landed|land|landing|fell|fall|came down|thrown) (?:\w+ )?(?:hard|heavily|badly|awkwardly|flat|straight) (?:on|onto) (?:my|his|her|the) (?:bum|bottom|butt|backside|side|arse)"
        r"|(?:landed|land|landing|fell|fall|came down) (?:on|onto) (?:my|his|her|the) (?:bum|bottom|butt|backside|side|arse) (?:really |so |very )?(?:hard|heavily|badly)",
        kind="event"),
    # a heavy blow in sport or work, or a crack heard or felt in a fall
    cue("fracture", "trauma",
        r"tackled (?:\w+ )?(?:hard|heavily|badly|awkwardly|from behind|late|high)|(?:big|hard|heavy|bad|late|high-speed|violent|nasty|huge) (?:tackle|collision|impact)"
        r"|collided (?:with|head)|(?:slammed|smashed|thrown|crashed|flung|hurled) (?:\w+ )?(?:into|onto|against) (?:a |the |my )?(?:wall|post|ground|floor|barrier|boards|goalpost|car|tree|pavement|concrete|door|rocks?)"
        r"|(?:kicked|trampled|crushed|pinned) (?:\w+ )?by (?:a |the )?(?:horse|cow|bull|car|machine|forklift|load)"
        r"|(?:horse|pony|cow|bull) (?:\w+ )?(?:kicked|trampled|crushed|threw|fell on|bucked|rolled on) (?:me|him|her)"
        r"|(?:crushed|trapped|pinned|stuck) (?:under|beneath|underneath) (?:a |an |the |some )?(?:\w+ )?(?:load|car|vehicle|wall|tree|machine|pallet|shelving|beam|rubble|weight)"
        r"|(?:dived|dove|diving|dive|jumped|jumping) (?:head ?first )?(?:into|in) (?:the |a )?shallow|(?:dived|dove|diving) <g5>(?:hit|banged|struck|bashed) (?:my|his|her) head"
        r"|(?:car|van|lorry|bus|truck|vehicle|someone|somebody|driver|taxi|4x4) (?:\w+ )?(?:went|drove|crashed|ploughed|plowed|slammed|smashed|ran|reversed|backed|piled) (?:in)?to (?:the (?:back|side|front) of )?(?:me|us|my car|our car|the car)"
        r"|(?:car|van|vehicle|jeep|minibus) (?:that |which |we were in |i was in )?(?:\w+ )?(?:rolled|flipped|overturned|went off the road|spun off|turned over)",
        kind="event", unless=rx(r"(?:feels?|felt|feeling) (?:like|as if|as though)|as if|as though|on (?:the )?(?:tv|telly|news)|watch\w*|film|movie|video|game (?:on|of)")),
    cue("fracture", "trauma", r"(?:heard|felt|was|there was) (?:a |an |this |something )?(?:loud |horrible |sickening |big )?(?:crack|snap|crunch)\w*|something (?:cracked|snapped|crunched|broke)",
        near=r"fell|fall|falls|fallen|falling|slipped|tripped|landed|tackl\w*|collid\w*|collision|thrown|knocked|crash\w*|accident|hit by|came off", window=20, scope="sentence", kind="event"),
    # with fragile bones a crack heard in the spine needs no fall: "osteoporosis ... heard a crunch turning over in bed"
    cue("fracture", "trauma", r"(?:heard|felt|was|there was) (?:a |an |this |something )?(?:loud |horrible |sickening |big )?(?:crack|snap|crunch)\w*|something (?:cracked|snapped|crunched|broke)",
        needs="fragile", kind="event", unless=rx(r"knuckles?|neck (?:crack|click)|joints? (?:crack|click)\w*")),
    cue("fracture", "trauma",
        r"fractur\w*|broken (?:back|hip|vertebra\w*|spine|bone|pelvis|coccyx|tailbone|neck)|(?:broke|broken|crushed) (?:my |his |her |a )?(?:back|hip|vertebra\w*|spine|pelvis|coccyx|tailbone|neck)|collapsed vertebra\w*|wedge fracture"
        r"|cracked (?:my |his |her |a )?(?:hip|vertebra\w*|pelvis|coccyx|tailbone|bone)",
        kind="event", info="any", unless=rx(r"books?|binding|paperback|hardback|spine of (?:the|a|my)")),
    cue("fracture", "trauma",
        r"(?:<CANT>|can't|unable to|won't) (?:\w+ )?(?:put|bear|take) (?:any )?weight|(?:<CANT>|can't|unable to) weight ?bear|non weight bearing"
        r"|(?:<CANT>|can't|unable to) (?:even )?(?:stand|stand up|walk|get up|get off the floor|move (?:my|his|her) (?:leg|legs|hip))(?! (?:for|far|long|very|more than|up straight|straight|too|as|much|upright|without))",
        near=r"fell|fall|falls|fallen|slipped|tripped|knocked|accident|landed|crash\w*|tackl\w*|thrown|collid\w*", window=30, scope="sentence", kind="event"),
    cue("fracture", "trauma",
        r"fell|fall|falls|falling|fallen|slipped|slip|tripped|trip|stumbled|sneez\w*|cough\w*|lift\w*|bent|bending|bend|twist\w*|sudden\w*|out of nowhere|bump\w*|knock\w*|jarr\w*|sat down (?:hard|heavily)|popped|snapped|crack\w*"
        r"|pick(?:ed|ing)? up|carry\w*|carried|reach\w*|back went|bent over|lean\w*|stood up|getting up|got up|rolled over|something went|went ping|felt a pop"
        r"|(?:minor )?trauma|injur\w*|accident|spill|tumble|hit (?:my|his|her) (?:back|hip)",
        needs="fragile", kind="event", unless=rx(r"fell asleep|fall asleep|falling asleep|trip to|trip abroad|trip away")),

    # ---------------------------------------------------------------- aortic aneurysm
    cue("aortic_aneurysm", "pulse",
        r"puls\w*|throb\w*|beat\w*|heartbeat|heart ?beat\w*|pound\w*|thump\w*|flutter\w*",
        near=r"tummy|belly|abdomen|abdominal|stomach|navel|belly button|tum|midriff|epigastri\w*|umbilic\w*", window=9,
        unless=rx(r"heart rate|heartburn|beat (?:the|it)|pound (?:of|coin)|pounds?|period|menstrua\w*|cramps?|ibs|wind|gas|bloat\w*|indigestion|hung(?:er|ry)"
                  r"|after (?:eating|a meal|dinner|lunch)|pregnan\w*|baby|kick\w*|ovulat\w*")),
    cue("aortic_aneurysm", "pulse", r"(?:puls\w*|pulsatile|throbb\w*) (?:\w+ )?(?:mass|lump|swelling|aorta)"),
    cue("aortic_aneurysm", "pulse", r"aneurysm\w*|aortic|aorta|\baaa\b|triple a|dissection", kind="history", info="general"),
    cue("aortic_aneurysm", "pulse", r"(?:feels?|felt|feeling) (?:like|as if|as though) (?:something|it|my back|my insides|my stomach) (?:is |was |'s |were )?(?:tearing|ripping|being torn|being ripped|splitting|rending|ripped|torn|tore|split)(?! (?:a |my )?(?:muscle|hamstring|calf|ligament))"
        r"|(?:rending|tearing|ripping) (?:sensation|feeling|pain)",
        unless=rx(r"hamstring|calf|groin strain|ligament|knee|shoulder(?! blades?)|rotator|muscle tear")),
    cue("aortic_aneurysm", "pulse", r"faint\w*|passed out|pass out|blacked out|black out|light-?headed|clammy|collapsed",
        near=r"(?:sudden\w*|severe|worst|excruciating|agonising|agonizing|searing|tearing|ripping|like a knife|out of nowhere|out of the blue) <g3>(?:pain|back|agony)|(?:pain|back) <g4>(?:came on|started) (?:suddenly|out of nowhere|like a knife|all at once)",
        window=14, scope="sentence", pairing="loose", unless=rx(r"(?:legs?|knees?) (?:collapsed|gave way)|collapsed (?:disc|vertebra\w*)|faint\w* (?:line|mark|hope|idea)|(?:feel|felt) faint (?:when|if) i (?:stand|see|get up) (?:up )?(?:quickly|fast|too quick)")),
    cue("aortic_aneurysm", "pulse", r"(?:tearing|ripping|tear-like) (?:pain|sensation|feeling)|pain <g3>(?:tearing|ripping)",
        near=r"sudden\w*|severe|worst|through|chest|stomach|abdomen|tummy|belly|shoulder blades", window=10),

    # ---------------------------------------------------------------- age: handled by find_ages below

    # ---------------------------------------------------------------- general emergencies
    cue("chest_pain", "chest",
        r"chest (?!(?:stretch|opener|press|day|muscle|workout|exercise|fly|flies|expansion)\b)(?:is |feels? |gets |has been |keeps )?(?:like (?:it's |it is |a |an )?|as if (?:it's |it is )?)?(?:really |very |so |quite |a bit |a little |all |got )?(?:pains?|tightness|tight|pressure|heaviness|discomfort|hurts?|hurting|ache|aching|sore|painful|heavy|burning|crushed|funny|strange|weird|tightening|killing me|agony|on fire|excruciating)"
        r"|(?:pains?|tightness|pressure|heaviness|discomfort|squeezing|crushing|ache|weight|burning|tight feeling|heavy feeling) <g3>(?:in|across|on|around|behind|through|into|of) (?:my |his |her |the )?(?:\w+ )?chest"
        r"|(?:pains?|tightness|pressure|heaviness|discomfort|squeezing|crushing|ache|burning) (?:in|across|through) (?:my |his |her |the )?(?:upper |middle |mid )?(?:back|shoulders?|neck|arm) (?:and|&|/) (?:my |his |her |the )?chest"
        r"|(?:left arm|jaw) (?:and|&) (?:my |his |her |the )?(?:jaw|left arm)"
        r"|(?:central|c/o|crushing|severe) cp\b|chest (?:and )?(?:right |straight )?(?:through|going through|goes through|going into|into) (?:to )?(?:my |the )?back|\bcp (?:radiat\w*|to|into|and)|sore chest|(?:crushing|squeezing|heavy|tight|central) (?:\w+ )?chest(?! (?:stretch|opener|press|muscle|workout|exercise|session|day|routine|exercises|workouts|training)\b)|heart attack|cardiac arrest|angina"
        r"|chest (?:is |feels? |'s |was |felt )?(?:like it's |like it is |as if it's )?(?:being )?(?:squeezed|crushed|compressed|gripped|pressed|clamped)"
        r"|(?:my |his |her )heart (?:is |feels? |has been |'s )?(?:really |very |so |all )?(?:tight|heavy|squeezed|squeezing|crushed|crushing|hurting|hurts|aching|sore|painful|in a vice)(?! for)"
        r"|(?:pain|ache|tightness|pressure) (?:in|around) (?:my|his|her) heart"
        r"|(?:sitting|sat|standing|stood|kneeling|weight|pressing|pushing|squeezing|band|vice|elephant) (?:on|around|across|over) (?:my |his |her |the )?chest"
        r"|(?:pain|ache|tingl\w*|heaviness|numb\w*) <g3>(?:spreading|spreads|going|radiating|radiates|moving) (?:down |up |in |into |to )?(?:my |his |her |the )?(?:left arm|jaw)",
        kind="event", info="general",
        unless=rx(r"hunch\w*|posture|slouch\w*|from sitting|stretch\w*|from coughing|coughing fits?|from (?:a |the |my )?cough|chest infection|from (?:the )?(?:gym|bench|push-?ups|press-?ups|workout)|costochondritis|pulled (?:a )?(?:chest )?muscle|pecs|pectorals?"
                  r"|(?:when|with|from) (?:i have |i've got |i get |i've had )?(?:a |the |my )?(?:cold|cough|flu|covid|asthma|bronchitis)\b"
                  r"|(?:when|if|whenever) (?:i'm|i am|i get|i feel) (?:anxious|stressed|panicky|nervous)|panic attacks?|(?:doctor|gp|consultant|cardiologist) (?:says|said|thinks|thought) (?:it's|it is|it was) (?:anxiety|muscular|stress|a muscle)"
                  r"|(?:from|after) (?:doing |all the |my |the |a |some |too many |loads of |lots of |a few |\d+ |\w+ )*(?:bench(?:ing)?|bench press|push-?ups|press-?ups|pushups|pressups|chest day|dips|flyes|chest exercises|burpees|pull-?ups)"),
        but_if=rx(r"(?:i |we )?(?:thought|assumed|figured|guessed) (?:it was|it's)|(?:since|for) (?:this morning|last night|yesterday|an hour|the last hour|a few hours|hours)|(?:and|plus|with) (?:my |the )?(?:left )?arm|sweat\w*|clammy|grey|gray|sick")),
    cue("breathing", "breathing",
        r"(?:<CANT>|can't|<TROUBLE>|hard|difficult|struggl\w*) (?:to )?(?:breathe|breath|breathing|catch (?:my|his|her) breath|get (?:my |his |her |enough )?(?:breath|air)|take a (?:full |deep |proper )?breath)(?! (?:in|through) (?:my|the) nose)"
        r"|(?:struggl\w*|fighting|gasping|gulping) for (?:breath|air)",
        unless=_BREATH_UNLESS, but_if=_BREATH_NEW),
    cue("breathing", "breathing", r"out of puff|puffed(?: out)?|(?:no|not) can breathe|short(?:ness)? of breath|breathless\w*|out of breath|sob\b|dyspn(?:o)?ea\w*|dyspnoeic|dyspneic|orthopn(?:o)?ea|panting|puffing|huffing and puffing|(?:breathing|breath) (?:is |has been |feels |'s |seems |got |has got )?(?:really |very |so |quite |a bit |much )?(?:fast|rapid|shallow|laboured|labored|difficult|hard|heavy|noisy|rattly|strained|bad|awful|terrible|poor|worse|tight|wheezy|a struggle|funny|weird|strange)",
        unless=_BREATH_UNLESS, but_if=_BREATH_NEW),
    cue("breathing", "breathing", r"(?:<CANT>|can't|can barely|can hardly) (?:talk|speak|get (?:my )?words out|finish (?:a |my )?sentences?)(?: (?:in|a) (?:full|whole|complete) sentences?| properly)? <g3>(?:breath|breathless|breathe|breathing|puff\w*|pant\w*)"
        r"|(?:<CANT>|can't|can barely|can hardly) (?:talk|speak) (?:in )?(?:full|whole|complete) sentences"),
    cue("breathing", "breathing", r"gasping|wheez\w*|choking|air hunger|(?:lips|face|fingers|fingertips|mouth) (?:have |has |are |is |look |looks )?(?:going |turning |gone |went |turned )?(?:a bit |slightly |really |very )?(?:blue|grey|gray|purple)|coughing up blood|cough\w* (?:up )?blood"),
    cue("breathing", "breathing", r"suffocating|(?:feel|feels|feeling|felt) like (?:i'm|i am|i was|he's|she's) (?:suffocating|drowning|choking)|(?:every|each|deep) breath <g2>(?:hurts|is painful|is agony|kills|stabs)",
        unless=rx(r"suffocating (?:job|relationship|marriage|house|atmosphere)|(?:by|with) (?:work|stress|everything|my job)|heat|hot|humid|stuffy|crowd\w*|mask")),
    cue("breathing", "breathing", r"(?:pain|hurts?|hurting|painful|sharp|stabbing|agony) <g3>(?:to breathe|when (?:i |he |she )?(?:breathe|breathing|take a (?:deep )?breath|inhale|breath in)|on breathing|on inspiration)"),
    cue("stroke", "stroke",
        r"(?:face|facial|mouth|smile|eye|eyelid|cheek|lip) <g3>(?:droop\w*|dropp\w*(?! when)|dropped(?! when)|fallen|lopsided|sagging|sagged|twisted|numb\w*|gone numb|paraly\w*|melting|melted|sliding|slid|slipping|slipped|hanging down|slumped|wonky|crooked|uneven)|droop\w* (?:face|mouth|smile|eye)"
        r"|(?:<CANT>|can't) (?:smile|close (?:my|his|her) eye|raise (?:my|his|her) eyebrow|puff (?:out )?(?:my|his|her) cheeks) (?:properly|evenly|straight|on one side|on the (?:left|right)|with one side)"
        r"|(?:went|gone|going|go|goes) blind|blind in one eye|(?:lost|lose|losing) (?:the )?(?:sight|vision) (?:in|of) one eye|(?:curtain|shadow|blind) (?:came |coming |come )?(?:down )?over (?:my |his |her |one )?(?:eye|vision)",
        kind="event"),
    cue("stroke", "stroke", r"(?:doesn't|didn't|does not|did not|don't) (?:seem to )?know where (?:he|she|i) (?:is|am|was)|(?:suddenly |very )(?:confused|disorient\w*)|(?:not|isn't|aren't|stopped) making (?:any )?sense|talking (?:nonsense|gibberish|rubbish)|words (?:are |keep )?(?:coming out )?(?:wrong|jumbled|muddled|garbled)|(?:hand|arm) (?:keeps |kept |is )?dropping (?:things|stuff|everything|my \w+)|keeps? dropping (?:things|stuff|everything)", kind="event",
        unless=rx(r"clumsy|butter ?fingers|(?:kids|children|toddler|teenager|baby) (?:is |are )?not making sense|(?:plan|rules?|film|book|it|this|that|maths|law|policy|letter|bill|form|instructions|advice) (?:is |are |just )?(?:not|isn't|aren't) making sense")),
    cue("stroke", "stroke", r"(?:arm|hand) and (?:my |his |her |the )?(?:leg|foot)|(?:leg|foot) and (?:my |his |her |the )?(?:arm|hand)",
        near=r"weak\w*|numb\w*|heavy|dead|floppy|tingl\w*|paraly\w*|won't move|can't move", window=8, scope="sentence",
        unless=rx(r"pins and needles|slept on|sleeping on|gym|weights|arthritis")),
    cue("stroke", "stroke",
        r"slurr\w*|(?:speech|words|talking|voice) <g3>(?:slurred|garbled|jumbled|muddled|strange|weird|wrong|funny|coming out wrong|not making sense)"
        r"|(?:<CANT>|can't|<TROUBLE>) (?:speak|talk|get (?:my |the |his |her )?words out|find (?:my |the |his |her )?words|understand (?:what people|people)|say (?:the )?words|say what (?:i|he|she) (?:want|mean|wants|means))"
        r"|(?:talking|speaking|saying|speech|words|talk|speak) <g3>(?:gibberish|jibberish|nonsense words|mumbo jumbo)|(?:words|speech) (?:are |is |were |was |keep |keeps )?(?:coming out |come out )?(?:jumbled|scrambled|mixed up|all wrong)",
        unless=rx(r"words? (?:to|that|for) (?:describe|explain|say|express|tell)|how to (?:describe|explain|say)|(?:speak|talk) (?:to|with|about) (?:my|the|a|anyone|someone|people|him|her|them)|lost for words|find the words")),
    cue("stroke", "stroke",
        r"(?:numb\w*|weak\w*|tingl\w*|paraly\w*|no feeling|can't feel|can't move|heavy|dead|drooping) <g5>(?:one side|(?:left|right) side) of (?:my |his |her |the )?(?:body|face)"
        r"|(?:numb\w*|weak\w*|tingl\w*|paraly\w*|dead) (?:all )?(?:down|along|on) (?:my|his|her|the|one) (?:whole )?(?:left |right |one )?side(?! of (?:my|his|her|the) (?:leg|foot|thigh|back|bum|bottom|buttock|hip|knee|calf|shin|ankle))(?! (?:of )?(?:my |his |her |the )?(?:leg|foot|thigh|back|bum|bottom|buttock|hip|knee|calf|shin|ankle))"
        r"|(?:one|the (?:left|right)|my (?:left|right)|his (?:left|right)|her (?:left|right)) side of (?:my |his |her |the )?(?:body|face) <g3>(?:numb\w*|weak\w*|tingl\w*|paraly\w*|dead|droop\w*|heavy|floppy|(?:went|gone|has gone|is) (?:numb|weak|dead|floppy))"),
    cue("stroke", "stroke",
        r"<ARM>", near=r"weak\w*|numb\w*|heavy|dead|floppy|won't move|can't move|<CANT> (?:lift|raise|move|grip)",
        window=4, unless=rx(r"(?:slept|sleep|sleeping|lying|lie|lay|laid|leaning|lean|resting|rest) on (?:it|them|that|this|my|the|his|her)|pins and needles|carpal|tennis|gym|weights"
                            r"|broke|broken|fractur\w*|injur\w*|surgery|operation|frozen shoulder|tendon\w*|rotator|years ago|arthriti\w*"
                            r"|shoulder|elbow|wrist|not using it|heal\w*|cast|sling|plaster")),
    cue("stroke", "stroke",
        r"(?:sudden|suddenly|worst|thunderclap|explosive|severe) (?:\w+ )?headache|headache <g3>(?:worst|sudden|suddenly)"
        r"|(?:sudden\w*|suddenly) <g3>(?:confus\w*|lost (?:my |his |her )?(?:vision|sight|balance)|blind|can't see)|(?:lost|loss of|losing) (?:my |his |her |the |some |all |part of (?:my |his |her |the )?)?(?:vision|sight)|double vision|seeing double|see(?:ing)? two of everything|vision <g3>(?:gone|went|blurr\w*|double|lost|dark)"
        r"|(?:he|she|they|dad|mum|mom|mother|father|husband|wife|partner|grandad|grandma|nan)(?:'s| is| was| seems| has been| became| got| went| is suddenly) (?:very |really |suddenly |a bit |all )?(?:confused|muddled|disorientated|disoriented)",
        unless=rx(r"confus\w* (?:about|by|as to|with|over|which|what|whether|how)|glasses|specs|contact lenses|contacts|reading|screen|computer|tired eyes|hay ?fever|eye drops|cataracts?|migraine aura|with migraines?|(?:my|the) prescription")),
    cue("stroke", "stroke",
        r"(?:mini[- ]?)?strokes?|\btia\b|transient isch(?:a|ae)?emic",
        unless=rx(r"(?:breast|back|swim\w*|heat|sun|pedal|paddle|rowing|golf|tennis|brush|piston|key|two|four|front|butterfly|crawl|swimming) ?strokes?"
                  r"|strokes? (?:of|my|the|his|her|your|a|it|technique|rate|length|count|play|volume|side|per)|stroked|stroking"
                  r"|(?:long|short|full|smooth|power|recovery|drive|each|per|every|rowing|swimming|paddle|pedal|piston|golf|tennis|pen|brush|paint) strokes?"),
        kind="event", info="general"),

    # ---------------------------------------------------------------- self harm
    cue("self_harm", "self_harm",
        r"suicid\w*|(?:kill|killing|killed|end|ending|take|taking) (?:my ?self|him ?self|her ?self|them ?selves|(?:my|his|her|their) (?:own )?life|it all|things|my suffering for good)|end it|(?:hang|hanging|drown|drowning|harm|harming|harmed|starve|starving) my ?self",
        kind="symptom",
        unless=rx(rf"suicide {_DRILLS}|"
                  r"(?:been|am|i'm|was|keep|keeps|kept|are|were|you're|stop) killing myself (?:at|with|in|doing|working|training|on|over (?:work|the))|(?:hurt|hurting|cut|cutting|burn|burning|burnt|burned) myself (?:lifting|moving|at|doing|playing|in|on|while|when|during|carrying|falling|gardening|running|training|shaving|cooking|badly|again lifting|with a|by|trying)|accidentally|end it (?:there|now and|early|with)|end things (?:with|between)"),
        but_if=rx(rf"on purpose|deliberately|intentionally|to cope|to feel|want|urge|urges|thoughts?|thinking|tempted|feel like|suicid\w*(?! {_DRILLS})|end it all|overdose|my life")),
    cue("self_harm", "self_harm",
        r"self[- ]?harm\w*|self[- ]?injur\w*|(?:want|wanted|wanting|wish|wishing|going|ready|plan|planning) <g3>(?:to )?(?:die(?! down| off| out| of| for)|be dead|not be here|not exist|disappear forever|vanish forever|not wake up)"
        r"|(?:started|been|am|i'm|keep|kept) cutting (?:again|myself)|cutting again|(?:cut|cutting|slit|slitting|slash\w*) (?:my |his |her )?(?:wrists?|arms?|thighs?)"
        r"|(?:nobody|no one|no-one|noone|nobody else) (?:would|will|'d|is going to|even) (?:even )?(?:miss|notice|care|mind) (?:me|if (?:i|he|she))(?: (?:was|were|wasn't|weren't) (?:gone|dead|here|around|alive)| died| disappeared)?"
        r"|(?:better|happier|easier) (?:off )?without me|better off (?:not (?:waking|being|existing|here|alive|around)\w*|gone|asleep forever)"
        r"|(?:writ\w*|wrote|left|leaving) (?:a |my |some )?(?:goodbye|suicide|farewell) (?:letters?|notes?|messages?)|giving (?:my |all my )?(?:things|stuff|possessions|belongings) away"
        r"|(?:don't|can't|do not|cannot|no longer) see (?:a |any |much of a )?(?:future|way out|light at the end)|(?:no|there's no) (?:future|way out) (?:for me|left|anymore)|lost all hope|given up (?:all )?hope|no hope left"
        r"|(?:pills|tablets|meds|rope|knife|blades?|razor) (?:are |is )?(?:\w+ )?(?:ready|lined up|set aside|counted out|sorted)(?! (?:to|for) (?:collect|collection|pick|pickup|pick-up))"
        r"|wish (?:i|he|she) (?:was|were|wasn't|weren't|had never been|could) (?:dead|here|alive|born|die)|(?:better|happier|easier) (?:off )?(?:dead|without (?:me|him|her)|if (?:i|he|she) (?:wasn't|weren't|was not|were not|was gone|were gone|died|wasn't here|weren't here|wasn't around|weren't around|was dead|were dead|disappeared))"
        r"|(?:don't|do not|doesn't|no longer|not|don't really) (?:\w+ )?(?:want|wish) to (?:live|be alive|be here|exist|go on|wake up|carry on|be around)"
        r"|un-?aliv\w*|(?:top|topping|topped) (?:my|him|her) ?self|(?:think|thinking|thought|thoughts)\w* (?:about|of) ending (?:your|one's|their) (?:own )?life"
        r"|(?:want|wanting|wish|wishing) (?:it all|everything|my life|life|things|all of this|all of it|the world) to (?:end|stop|be over)"
        r"|(?:want|wanting|wish|wishing|going|need) to (?:stop living|stop existing|stop breathing|not exist|not be alive|not be around)"
        r"|(?:think|thinking|thought|thoughts|wish|dream|fantasi[sz]e)\w* (?:about|of) (?:just )?(?:not being (?:here|alive|around)|no longer being (?:here|alive|around)|not waking|dying|death|being dead|ending (?:it|things|my life)|killing|suicide|jumping|taking my"
        r"|(?:the )?(?:train|railway|rail) tracks?|(?:the )?railway lines?|the (?:bridge|cliff edge|edge of the cliff|multi-?storey)|all (?:my|the|those) (?:pills|tablets)|a rope)"
        r"|(?:don't|can't|do not|cannot|no longer|struggle to) see (?:the |any |much )?(?:point|reason) (?:in|of|to) (?:living|life|going on|carrying on|being here|anything|it all|live|being alive)"
        r"|(?:no|not any|not a|nothing|not much) (?:\w+ )?(?:reason|point) (?:to |in |of )?(?:live|living|being alive|being here|life|existing|(?:going|carrying) on(?! (?:with|about|holiday|a |the |to |like that)))|what's (?:even )?the point (?:in|of) (?:living|life|going on|carrying on|anything|it all|being)"
        r"|(?:no|not any|not much|not a|what's the) (?:\w+ )?point (?:in |of )?(?:going on|carrying on|living|continuing|being alive) (?:with|in|like) (?:this|all this|such|the|my) (?:pain|agony|suffering|life|existence|body)"
        r"|(?:had|have had|i've had) enough of (?:living|life|being alive|it all|everything)|(?:tired|sick|done) (?:of|with) (?:living|life|being alive)(?! with)|nothing (?:left )?to live for|(?:life|life's|my life|my life's) (?:is not|isn't|is no longer|not|no longer|isn't really|doesn't seem|is hardly|hardly|barely) (?:\w+ )?worth (?:living|it)|(?:<CANT>|can't) (?:go on|carry on|keep going|do this)(?: like this| anymore| any more| any longer|$|[.!?])"
        r"|(?:rather|sooner|prefer to) (?:be )?(?:dead|die)(?! if)(?! than (?!(?:live|living|go on|going on|carry on|carrying on|suffer|suffering|be in|have (?:this|to)|keep|spend|face|feel|be like|exist|put up|continue|deal)))|(?:might|may|could) (?:just )?as well (?:be dead|die|not be here|not exist|end it)|(?:better|easier) (?:off )?(?:dead|to die|if i died|if i was dead)"
        r"|(?:take|taking|took|swallow\w*) (?:all|a lot of|loads of|lots of|a bunch of|the whole|every one of|too many of|all of) (?:my |the |of my )?(?:pills|tablets|painkillers|medication|meds|packet|box|bottle)"
        r"|(?:never|not) wake up|(?:sleep|go to sleep) (?:forever|and (?:never|not) wake)|give up on (?:life|living|everything)"
        r"|how many (?:pills|tablets|painkillers|sleeping pills) (?:it )?(?:would|will|does|it'd) (?:it )?take\b(?! to (?:work|kick in|help|start|ease))"
        r"|(?:took|taken|swallowed|necked) (?:too many|loads of|a load of|a handful of|extra|a whole (?:box|packet|bottle) of) (?:\w+ )?(?:pills|tablets|painkillers|meds|sleeping pills|paracetamol)(?: (?:\w+ )?(?:on purpose|deliberately|intentionally|to (?:die|sleep|end|not wake)))"
        r"|(?:take|taking|took|swallow\w*|neck\w*) (?:everything|the lot|the whole lot|all of it|whatever (?:is|i have|i've got)) (?:in|from|out of) (?:the|my) (?:\w+ )?(?:cupboard|cabinet|drawer|box|packet|bottle|stash|bathroom)"
        r"|(?:think\w*|thought|want\w*|wish\w*|tempted|feel like|dream\w*) (?:about |of )?(?:just )?(?:being|be|getting|get) (?:done|over) with (?:it|it all|everything|life|living|the lot)(?! (?:and|so|then|by|after|before|with|through|in|at)\b)(?! (?:surgery|op|operation|physio))"
        r"|(?:wish|wishing|hope|hoping|pray|praying) (?:that )?(?:i|he|she) (?:wouldn't|won't|didn't|don't|doesn't|would not|will not|never|couldn't|could not|wasn't going to) (?:ever )?wake(?: up)?",
        unless=rx(r"(?:die|dying|died) (?:of|from|with) (?:embarrassment|shame|boredom|laughing|laughter|cringe)|dying (?:to|for) (?:get|go|try|know|see|have|a)"
                  rf"|suicide {_DRILLS}")),
    # chat shorthand for "kill myself"; "kms" is also kilometres ("ran 5 kms", "kms away")
    cue("self_harm", "self_harm", r"kms|kmsl",
        unless=rx(r"\d ?kms|kms (?:run|ran|walk\w*|cycl\w*|ride|rides|drive|away|from|to|each|a day|per|an hour|today|this week)"
                  r"|(?:run|ran|running|walk\w*|cycl\w*|rode|ride|drove|drive|hik\w*|swim\w*|few|several|many|some|the|those) <g1>kms")),
    cue("self_harm", "self_harm", r"(?:hurt|hurting|cut|cutting|burn|burning|injure|injuring|punish|punishing) my ?self",
        near=r"want\w*|urges?|thoughts?|thinking|feel like|tempted|on purpose|deliberately|intentionally|to cope|to feel|to distract|distract\w*|again|started|keep|kept|been|stop myself|going to|gonna|might",
        window=6, scope="sentence",
        unless=rx(r"(?:hurt|hurting|cut|cutting|burn|burning|burnt|burned|injure\w*) my ?self (?:lifting|moving|at|doing|playing|in|on|while|when|during|carrying|falling|gardening|running|training|shaving|cooking|badly|by|trying|with)|accidentally|keep (?:hurting|injuring) my ?self (?:at|when|by|doing)"),
        but_if=rx(r"on purpose|deliberately|intentionally|to cope|to feel|want\w*|urges?|thoughts?|thinking|tempted|feel like")),
    cue("self_harm", "self_harm", r"jump\w* (?:off|from|in front of|under) (?:a |the |my )?(?:bridge|building|roof|cliff|train|bus|car|lorry|balcony|tower|multi-?storey)|step in front of (?:a |the )?(?:train|bus|car|lorry)",
        near=r"want\w*|thinking|thought|going to|gonna|plan\w*|might|tempted|feel like|could", window=6, scope="sentence"),
    cue("self_harm", "self_harm", r"(?:driv\w*|drove|crash\w*|steer\w*|swerv\w*|plough\w*|ram\w*|wrap\w*) (?:the car |my car |it )?(?:into|off|in front of|under|round) (?:a |the )?(?:wall|tree|bridge|lorry|truck|bus|oncoming|cliff|river|sea|traffic|lamp ?post|motorway)"
        r"|(?:walk|walking|step|stepping|wander\w*) (?:out )?(?:into|in front of) (?:the |a |oncoming )?(?:traffic|train|bus|lorry|truck|road)|(?:jump|jumping|throw\w* myself) (?:off|from|in front of|under)",
        near=r"want\w*|think|thinks|thinking|thought|thoughts|going to|gonna|plan\w*|might|tempted|feel like|could|urge\w*|wonder\w*|imagin\w*|fantasi\w*|considered|considering|wish", window=6, scope="sentence",
        unless=rx(r"nearly|almost|near miss|accident\w*|by mistake|ice|skid\w*|(?:was|got) (?:hit|clipped)")),
    cue("self_harm", "self_harm", r"(?:scratch\w*|pick\w*|bit|bite|biting|punch\w*|hit\w*|bang\w*|burn\w*|pull\w* out|cut\w*|gouge\w*|claw\w*|dig\w* (?:my )?nails into) <g4>(?:till|until|so|'til|til) <g2>(?:bleed\w*|bled|bruise\w*|break\w*|breaks|broke|blister\w*|hurts?|is raw|are raw|raw)"
        r"|(?:scratch\w*|pick\w*|cut\w*|burn\w*|punch\w*|hit\w*|bang\w*) <g4>(?:to (?:distract|cope|feel|punish)|so i (?:can )?(?:feel|forget|cope))",
        unless=rx(r"eczema|itch\w*|rash|bites|psoriasis|hives|chickenpox|scab\w*|mosquito")),
    cue("self_harm", "self_harm", r"(?:i've |i have |i |i'm |i am |been )?(?:just |already |now )?(?:writ\w*|wrote|left|leaving|written) (?:\w+ )?(?:letters?|notes?|cards?) (?:to|for) (?:my |all my |the |each of my )?(?:family|kids|children|wife|husband|partner|mum|mom|dad|parents|loved ones|everyone|sons?|daughters?)",
        near=r"can't (?:do|take|cope|go on|carry on|bear)|anymore|any more|any longer|goodbye|sorry|the end|over|enough|done", window=14, scope="sentence", pairing="loose"),
    cue("self_harm", "self_harm", r"stockpil\w*|hoard\w*|stash\w*|sav\w* up|saved up|squirrel\w* away|built up a supply",
        near=r"pills|tablets|meds|medication|painkillers|tramadol|co-?codamol|codeine|morphine|oxy\w*|paracetamol|sleeping pills|diazepam|gabapentin|pregabalin|amitriptyline|insulin",
        window=6, scope="sentence"),
    cue("self_harm", "self_harm", r"overdos\w*|\bod\b (?:on|tonight)|(?:lethal|fatal|deadly) (?:dose|amount|quantity)|how (?:many|much) <g5>(?:take|takes|need|needed|enough) to (?:kill|die|end it|not wake)",
        unless=rx(r"accidental\w*|avoid\w*|without overdos\w*|(?:scared|afraid|worried|careful|risk|danger|dangers) (?:of|about|not to) (?:\w+ )?overdos\w*|safe dose|maximum dose|how much|how many|opioid overdoses|overdose risk"),
        but_if=rx(r"(?:to|would|will) (?:kill|die)|not wake|lethal|fatal|deadly|end it")),
)

# Words that make weakness an emergency (NICE: rapidly progressive neurological deficit).
RAPID = rx(r"rapid\w*|quick\w*|fast|sudden\w*|by the hour|hour by hour|every hour|within hours|overnight"
           r"|since this morning|since last night|worse and worse|spreading|in the last (?:few )?hours|today")

# Message-level features some cues need: bones that break with little force (AHCPR: minor trauma
# with osteoporosis or long-term steroids, or in an older patient).
FRAGILE = rx(r"(?:on|taking|take|using) (?:oral )?(?:steroids?|prednisolone|prednisone)|osteopor\w*|osteopen\w*|brittle bones?|thin(?:ning)? bones?|bone thinning|weak bones?|fragile bones?"
             r"|low bone density|bone density (?:is |was )?low|(?:long[- ]?term|for years|years of|years on) <g2>(?:steroids?|prednisolone|prednisone)"
             r"|(?:steroids?|prednisolone|prednisone) <g3>(?:for years|for months|long[- ]?term|for a long time|for ages)")

# ------------------------------------------------------------------------- passage warnings
PASSAGE_STRONG = rx(
    r"cauda equina|saddle (?:an(?:a|ae)?esthe\w*|numbness|area)|incontinen\w*|(?:loss|lose|losing|lost) (?:of )?(?:\w+ )?(?:bladder|bowel) (?:control|function)"
    r"|(?:bladder|bowel) (?:control|dysfunction)|urinary retention|retention of urine|paraly[sz]\w*|foot drop|drop foot"
    r"|numbness (?:in|around) (?:the |your )?(?:groin|genitals|saddle|buttocks|anus|perineum|inner thighs)|groin numbness|(?:slow|difficult) urination"
    r"|bilateral (?:sciatica|leg)|dragging (?:a )?(?:toe|foot)|symptoms in both legs|(?:pain|sciatica|numbness) (?:in|down) both legs|heart attack|(?:signs?|symptoms?) of (?:a )?stroke|having a stroke|suicid\w*"
    r"|(?:aneurysm|aorta|aortic)(?=.*(?:puls\w*|throbb\w*|ruptur\w*|emergency|sudden))")
PASSAGE_URGENT_ACTION = rx(
    r"(?:seek|get|requires?|need) (?:\w+ )?(?:medical )?(?:help|attention|care|treatment|assessment) (?:immediately|right away|straight away|urgently|at once|now|without delay)"
    r"|(?:seek|get|requires?|needs?) (?:immediate|emergency|urgent) (?:medical )?(?:help|attention|care|treatment|surgery)"
    r"|medical emergency|is an emergency|go to (?:the |an |your nearest )?(?:emergency|a&e|a & e|er\b|hospital)|call (?:911|999|112|000|an ambulance|for an ambulance)")
PASSAGE_SYMPTOM = rx(r"numb\w*|weak\w*|fever|bladder|bowel|urine|incontinen\w*|chest|breath\w*|paraly\w*|tingl\w*|saddle|groin|fracture|sudden\w*|severe|worsen\w*")
PASSAGE_BOILERPLATE = rx(r"emergency medicine|(?:for|during) (?:all|any) medical emergenc\w*|should not be used")

# Shared with qa.redflag_semantic: night pain that comes from lying on it or from a day's work.
POSITIONAL = _POSITIONAL
AFTER_ACTIVITY = _AFTER_ACTIVITY
