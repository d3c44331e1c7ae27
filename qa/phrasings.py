"""Phrasings that a fixed lay word cannot match: words that mean more together than apart, and everyday
phrasings with words in between ("pick my grandson up").

Each rule turns a patient's description into the words the corpus uses for the same thing ("pulses like a
heartbeat" -> "pulsating aneurysm"). synonyms.expand() applies them; every rule has a test with a near miss
that must not fire (tests/test_index.py).
"""

from __future__ import annotations

import re

# Words that mean more together than apart: numbness and the groin together are the saddle numbness
# of cauda equina, though neither says so alone. Each rule: (one of these, and one of these, ...) -> words.
# A rule whose words speak of back pain also needs the question to speak of pain or the back (_HURTING):
# "is it normal for my baby not to sleep" is not about the sleep problems of chronic back pain.
_NO_FEELING = r"numb\w*|can'?t feel|cannot feel|no feeling"
_EASED_BY = r"sit|sits|sitting|sat|bench|rest|rests|resting|lean\w* (?:on|over|forward)|bend\w* forward|trolley"
_SURGERY = r"surgery|operation|op|operate|operating|fusion|surgeon"
_BACK = r"back|spine|spinal|discs?|vertebrae|lumbar"
_DOCTOR = r"gp|doctor|doc|physician"
_NO_PAIN = re.compile(r"\b(no pain|never had|feels? nothing|no symptoms|doesn'?t hurt|not sore|hardly hurts|barely"
                      r"|no back pain|hardly (?:any|ever)|not bother\w*|mean nothing)")
_HURTING = re.compile(r"(?<!come )(?<!comes )(?<!coming )(?<!came )(?<!go )(?<!going )(?<!get )(?<!got )"
                      r"\b(back(?! to\b)|backs|backache|spine|spinal|lumbar|discs?|sciatica|pain|painful|hurts?|hurting"
                      r"|aches?|aching|sore)\b")  # "coming back", "go back to work" are not a back
TOGETHER: list[tuple[tuple[re.Pattern[str], ...], str]] = [
    ((re.compile(rf"\b({_NO_FEELING}|lost feeling|tingl\w*|pins and needles)"),
      re.compile(r"\b(groin|privates|genitals?|crotch|between (?:my|the|your) legs|inner thighs?|saddle)\b")),
     "saddle numbness cauda equina"),
    ((re.compile(rf"\b({_NO_FEELING}|weak\w*)"),
      re.compile(r"\b(wee|weeing|pee|peeing|bladder|urin\w*|bowels?|poo|pooing|incontinen\w*)\b")),
     "cauda equina bladder bowel"),
    # legs that ache on a walk and ease with a sit-down: the walking pain of spinal stenosis
    ((re.compile(rf"\bwalk\w*\b.{{0,80}}\b({_EASED_BY})\b|\b({_EASED_BY})\b.{{0,80}}\bwalk"),
      re.compile(r"\b(legs?|calf|calves|thighs?)\b")),
     "spinal stenosis lower extremity pains worsen with walking relieved by resting"),
    # a worn spine and whether to keep moving: "for most degenerative back problems, movement and exercise"
    ((re.compile(r"\b(arthritis|arthritic|wear and tear|worn|degenerat\w*|spondylosis|osteoarthritis|crumbling)\b"),
      re.compile(r"\b(exercis\w*|keep\w* (?:it |myself )?moving|movement|moving|active|activity|gym|swim\w*|rest"
                 r"|resting)\b"),
      re.compile(rf"\b({_BACK})\b")),
     "degenerative back problems movement exercise effective"),
    # an operation for pain that has gone on for years with no cause found
    ((re.compile(rf"\b({_SURGERY})\b"),
      re.compile(r"\b(non ?specific|nothing (?:specific|in particular|found|showed|shows|wrong)|for years|years|ongoing"
                 r"|for ages|no (?:clear |obvious |real )?cause"
                 r"|(?:nobody|no one|can'?t|cannot|never) (?:\S+ )?find)\b")),
     "ongoing non-specific back pain no evidence surgery helps"),
    # pain that outlasts the injury: the corpus' malfunctioning pain processing system
    ((re.compile(r"\b(healed|heal|healing)\b"),
      re.compile(r"\b(still|hurts?|hurting|pain|persist\w*|sore|aches?|aching)\b")),
     "chronic pain processing system malfunction"),
    # the hips of someone who cycles: "after miles and miles in the saddle, hip tightness"
    ((re.compile(r"\b(cycl\w*|bike|biking|bicycle|spin class|spinning|peloton)\b"), re.compile(r"\bhips?\b")),
     "cyclists hip mobility tightness restriction saddle"),
    # months of pain and whether it will ever go: the corpus' outlook for persistent and chronic pain
    ((re.compile(r"\b(?:\d+|three|four|five|six|eight|nine|several|few|many) months\b|\bover a year\b|\byears now\b"),
      re.compile(r"\b(go away|goes away|forever|ever|get better|getting better|stuck with|chances?|recover\w*)\b"),
      _HURTING),
     "persistent chronic low back pain outcome recovered one year"),
    # water and the discs: "stay hydrated ... keep the discs plumped"
    ((re.compile(r"\b(drink\w*|hydrat\w*|fluids?)\b|(?<!hot )\bwater\b(?! bottle)"),
      re.compile(r"\b(discs?|disks?|spine|spinal|back)\b")),
     "stay hydrated discs plumped"),
    # how a named bone disease is found: "Paget's disease can be diagnosed on plain X-rays"
    ((re.compile(r"\b(paget\w*|osteitis deformans)"),
      re.compile(r"\b(diagnos\w*(?! with)|tests?|work ?up|x ?rays?|scans?|biopsy)\b")),
     "diagnosed plain x-rays bone biopsy bone scanning"),
    # poor sleep as part of having back pain: "chronic low back pain is associated with sleep problems"
    ((re.compile(r"\b(sleep\w*|slept|kip|awake|insomnia|nights?)\b"),
      re.compile(r"\b(common|normal|usual|connected|linked|link|part of it|related|wrecking|ruining|since)\b"),
      _HURTING),
     "chronic low back pain associated with sleep problems disturbances"),
    # leaning back hurts into the buttock and thigh: the corpus' facet joint symptoms
    ((re.compile(r"\b(lean\w* back\w*|bend\w* back\w*|arch\w*)"), re.compile(r"\b(thighs?|buttocks?|bum|butt|knee)\b")),
     "facet joint problems bending backwards buttock thigh not past the knee"),
    # worn discs that hurt most when sitting: "the pain is often worse when sitting"
    ((re.compile(r"\b(worn|wear and tear|degenerat\w*|osteophytes?|bone spurs?)"),
      re.compile(r"\b(sit|sits|sitting|sat|desk|chair)\b"), _HURTING),
     "degenerative disc disease pain worse when sitting standing"),
    # a serious cause with little pain: "pain intensity is a poor indicator ... the worst causes are the least painful"
    ((re.compile(r"\b(cauda equina|serious\w*|dangerous|cancer)\b"),
      re.compile(r"\b(without (?:much |any )?pain|not (?:be )?in (?:much )?pain|painless|hardly (?:hurts|any pain)"
                 r"|little pain|hardly any pain|minimal pain|barely hurts|hardly feel any pain|not much pain"
                 r"|not (?:that |very )?painful|always (?:really |very )?painful|always agony)")),
     "pain intensity poor indicator ominousness worst causes least painful surprisingly little pain"),
    # what the doctor will ask: "your doctor may ask questions about the pain"
    ((re.compile(rf"\b({_DOCTOR})\b"), re.compile(r"\b(ask|asks|asking|quiz\w*|want to know|questions)\b"),
      _HURTING),
     "doctor may ask questions about the pain"),
    # a child with back pain: "if you are over 50 or under 16 and have back pain you should see your doctor"
    ((re.compile(r"\b(kids?|child|children|son|daughter|grandson|granddaughter|1[0-5] ?(?:year|yr)s? old|teen\w*)\b"),
      re.compile(r"\b(check\w*|doctor|gp|worr\w*)\b"), _HURTING),
     "under 16 see your doctor"),
    # walk or rest: "active recovery", "gentle activity, not bed rest"
    ((re.compile(r"\b(walk|walks|walking)\b"),
      re.compile(r"\b(rest|resting|avoid|stay put|keep off|lie down|lying down)\b"),
      _HURTING),
     "active recovery gentle activity not bed rest"),
    # stretch or strengthen tight hips: "they might need strengthening"
    ((re.compile(r"\bstretch\w*"), re.compile(r"\b(strength\w*|weak)\b"), re.compile(r"\bhips?\b|hip flex")),
     "might need strengthening"),
    # "push, rather than pull, heavy objects"
    ((re.compile(r"\bpush\w*"), re.compile(r"\bpull\w*")), "push rather than pull heavy objects"),
    # stress and a tight back: "being stressed or anxious leads to muscle tension"
    ((re.compile(r"\b(stress|stressed|stressful|anxious|anxiety|tense|tension|uptight|wound up)\b"),
      re.compile(r"\b(worse|cause\w*|make|makes|do that|tight\w*|knots|linked|link|affect\w*|hurt|hurts)\b"), _HURTING),
     "stressed anxious muscle tension tighten back muscles"),
    # dwelling on the pain: "worry and anxiety about back pain can make the pain worse"
    ((re.compile(r"\b(think\w*|thoughts?|worry\w*|worried|believ\w*|beliefs?|mindset|attitude|negative)\b"),
      re.compile(r"\b(affect\w*|make (?:it |things )?(?:worse|hurt)|makes (?:it |things )?(?:worse|hurt)|hurt more"
                 r"|slow\w* (?:down )?(?:my )?recover\w*|difference)\b"), _HURTING),
     "worry anxiety negative thoughts about back pain make the pain worse perception outcome"),
    # putting an operation off: "delaying or avoiding surgery did not cause additional damage"
    ((re.compile(rf"\b({_SURGERY})\b"),
      re.compile(r"\b(put\w* (?:it |this |that |the \w+ )?off|delay\w*|wait and see|hold\w* off|postpon\w*"
                 r"|optional|reluctant|scared|afraid|frightened|nervous)\b")),
     "delaying avoiding surgery did not cause additional damage reluctant non-operative recover"),
    # the nerve test: "nerve conduction studies ... the results often don't reflect the symptoms"
    ((re.compile(r"\b(nerve conduction|nerve tests?|nerve signals|electric\w* tests?|needles and electric\w*|emg"
                 r"|electromyograph\w*|test\w* (?:on |of )?(?:the |my |his |her )?nerves)\b"),
      re.compile(r"\b(worth|useful|use|point|waste|help\w*|accurate|tell|show|results?|do anything)\b")),
     "nerve conduction studies electromyography results don't reflect the symptoms useful information"),
    # exercises from the internet that sent pain down the leg: "if your LBP worsens (or radiates into your leg)"
    ((re.compile(r"\b(exercis\w*|stretch\w*|yoga|routine|workout|moves)\b"),
      re.compile(r"\b(worse|leg|legs|shoot\w*|radiat\w*)\b"),
      re.compile(r"\b(youtube|online|website|internet|video|app|tiktok|tried|trying|been doing|started)\b")),
     "LBP worsens radiates into your leg upon attempting exercises seek medical attention"),
    # how far to trust a scan report: "each radiologist made about a dozen errors"
    ((re.compile(r"\b(mri|mris|scans?|reports?|radiologists?)\b"),
      re.compile(r"\b(accura\w*|reliab\w*|trust|missed|miss|differently|errors?|mistakes?|wrong)\b")),
     "radiologist errors findings reports MRIs"),
    # a worn spine on the scan and little pain: "many adults have signs of damage ... but have no symptoms"
    ((re.compile(r"\b(scans?|x ?rays?|mri|report|worn|wear|bulg\w*|herniat\w*|slipped|degenerat\w*|arthritis)\b"),
      _NO_PAIN),
     "many adults signs of damage discs facet joints on X-ray no symptoms of back pain"),
    ((re.compile(r"\b(bulg\w*|herniat\w*|slipped|prolaps\w*)"), _NO_PAIN),
     "herniated discs don't always cause problems up to a third of people without back pain"),
    # back on its feet after weeks idle: "following any period of prolonged inactivity, low-impact exercises"
    ((re.compile(r"\b(laid up|couch potato\w*|inactive|inactivity|stuck (?:on|in) (?:the |my )?(?:sofa|bed|couch)"
                 r"|bed ?ridden|bed ?bound|off my feet|not exercised|haven'?t exercised|out of shape|months off)"),
      re.compile(r"\b(exercis\w*|ease|easing|start\w*|get (?:back|going)|strong|fit|fitness)")),
     "prolonged inactivity low-impact exercises"),
    # getting up from the desk: "get up, stand up every hour or so"
    ((re.compile(r"\b(how often|how long|how many times|every hour|breaks?)\b"),
      re.compile(r"\b(desk|sitting|sit|chair|sat)\b"), re.compile(r"\b(get up|getting up|stand|standing|move|break)")),
     "get up stand up every hour periodically walk around the office"),
    # the hips and a sore knee: "strengthening your hips may be one component of your rehab program for knee pain"
    ((re.compile(r"\bhips?\b"), re.compile(r"\bknees?\b"), re.compile(r"\b(weak\w*|exercis\w*|strength\w*)")),
     "hip controls the position of your knee strengthening hips knee pain"),
    # the examination: "these examinations will not usually reveal the exact cause"
    ((re.compile(rf"\b({_DOCTOR})\b"),
      re.compile(r"\b(press\w*|prod\w*|pok\w*|bend|bending|twist|reflex\w*|moved my legs|examin\w*"
                 r"|checked me|check me)")),
     "doctor examine feel movements range of motion test the nerves not reveal the exact cause"),
    # back pain that keeps coming back: "recurrences occur in more than half of people"
    ((re.compile(r"\b(come back|comes back|coming back|keeps? (?:going (?:out|again)|flaring|happening)|recur\w*"
                 r"|flar\w* up|every few months|(?:go|goes|going|gone|happen\w*) again|third time|second time"
                 r"|once it'?s (?:better|healed))\b"), _HURTING),
     "recurrences further episodes"),
    # the odds it is serious: "99 per cent of low back pain that GPs see is not serious", "only about 1%"
    ((re.compile(r"\b(chances?|odds|likely|likelihood|how often|percent\w*|probability|usually|mostly)\b"),
      re.compile(r"\b(serious|sinister|nasty|something bad|bad sign|cancer|dangerous|ominous|terrible)\b"), _HURTING),
     "99 per cent not serious only about 1% ominous rare alarming causes"),
    # the price of a fusion: "loss of flexibility ... long recovery period"
    ((re.compile(r"\bfusion\b"),
      re.compile(r"\b(downsides?|stiff\w*|risks?|side effects?|cons|drawbacks?|recover\w*|flexib\w*|long term"
                 r"|complications?|bend)\b")),
     "spinal fusion loss of flexibility long recovery period disc degeneration adjacent levels"),
    # the age it starts: "difficulty most often begins between 20 and 40 years of age"
    ((re.compile(r"\b(what|which|at what) age\b|\bold (?:person|people|man|woman)'?s? (?:thing|problem)|\bonly \d\d\b"),
      _HURTING, re.compile(r"^(?!.*\b(?:arthritis|spondyl\w*|stenosis|scoliosis|osteopor\w*|paget\w*|disc))")),
     "difficulty most often begins between 20 and 40 years of age"),
    # turning to reverse the car: twisting is a mobility (flexibility) issue
    ((re.compile(r"\b(revers\w*|look\w* over (?:my|your) shoulder|blind spot)"),
      _HURTING),
     "twisting mobility flexibility issues gentle stretching"),
    # pain so bad it must be serious: "pain intensity is a poor indicator of back pain ominousness"
    ((re.compile(r"\b(10 ?/ ?10|ten out of ten|agon\w*|unbearable|excruciating|worst pain|so bad|so painful"
                 r"|killing me|crippling)"),
      re.compile(r"\b(serious|mean|means|dangerous|sinister|something wrong|bad sign)\b")),
     "pain intensity poor indicator ominousness worst causes least painful"),
    # the old advice of bed rest: "long periods of inactivity in bed are no longer recommended"
    ((re.compile(r"\b(?:stay\w*|kept|keep|had me|told me to|tells me to) (?:\S+ ){0,3}(?:in bed|flat)\b|\bbed ?rest\b"
                 r"|\b(?:lie|lay|lying) flat (?:in bed|for|till|until)\b"),
      re.compile(r"\b(week|weeks|fortnight|days|till|until|right|should|advice|tell|told)\b"), _HURTING),
     "gentle activity not bed rest long periods of inactivity in bed no longer recommended slow recovery"),
    # whether a traction table is worth it: "relief is usually temporary ... no evidence of longterm benefits"
    ((re.compile(r"\b(traction|stretching table|inversion table|hang\w* upside down)"),
      re.compile(r"\b(worth|help|helps|work|works|effective|paying|any good|benefit\w*|evidence)\b")),
     "traction relief temporary no evidence longterm benefits lumbar traction lacks effectiveness"),
    # how long physio and tablets come first: "four to six weeks of conservative therapy before considering surgery"
    ((re.compile(r"\b(how long|how many weeks|how many months|before)\b"),
      re.compile(r"\b(physio\w*|tablets|pills|painkillers|conservative|exercises|injections?)\b"),
      re.compile(rf"\b({_SURGERY})\b")),
     "physicians recommend four to six weeks conservative therapy before considering surgery"),
    # what can be done for stenosis: "treatment ... ranges from rest and exercises to ... surgical decompression"
    ((re.compile(r"\b(stenosis|stenosys|narrowing)\b"),
      re.compile(r"\b(treat\w*|done|options?|fix|help|cure|manage\w*)\b")),
     "treatment varies severity rest exercises epidural cortisone injections surgical decompression"),
    # a back and the bedroom: "loss of sexual function" is a symptom of cauda equina syndrome
    ((re.compile(r"\b(in the bedroom|sex|sex life|sexual\w*|erections?|impoten\w*|libido|can'?t perform)\b"),
      re.compile(rf"\b({_BACK}|sciatica)\b")),
     "loss of sexual function cauda equina syndrome symptoms"),
    # a physio's ultrasound machine: "ultrasound and shock wave therapies do not appear effective"
    ((re.compile(r"\bultra ?sound\b"),
      re.compile(r"\b(physio\w*|pt|machine|gadget|therapy|wand|treatment|device|chiropractor|osteopath)\b")),
     "ultrasound shock wave therapies not effective"),
    # idle all week, hard at it on Saturday: the corpus' "weekend warriors"
    ((re.compile(r"\b(saturdays?|sundays?)\b"),
      re.compile(r"\b(all week|monday|weekdays?|during the week|desk|inactive)\b")),
     "weekend warriors exercise inactive all week"),
]

# Everyday phrasings with words in between, which a fixed lay phrase cannot match
SPREAD: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bpick(?:s|ed|ing)? (?:\S+ ){1,5}up\b"), "lifting technique"),  # "pick my grandson up"
    (re.compile(r"\b(?:shift\w*|mov\w*|carry\w*|lugg\w*|heav\w*) (?:the |a |my |our |an |some |that |this )?"
                r"(?:old |heavy |big |new )?(?:wardrobe|furniture|sofa|couch|fridge|freezer|boxes|washing machine|piano|dresser"
                r"|chest of drawers|bookcase|cupboard)s?\b"), "lifting heavy"),
    (re.compile(r"\b(?:long|\d+ hours?|twenty hours?|all day) (?:haul )?(?:flight|flights|drive|drives|car journey|journey|coach trip)\b"
                r"|\bhours (?:sat|sitting)\b|\bsat (?:down )?for (?:\S+ )?hours\b"), "prolonged sitting"),
    # a pain that beats like the heart: the corpus' "pulsating low back pain" of an aortic aneurysm
    (re.compile(r"\b(?:puls\w*|throb\w*|beat\w*)\b.{0,40}\bheart ?beat\b|\blike (?:a |my )?heart ?beat\b"),
     "pulsating aneurysm"),
    # losing height: "getting shorter", "gone noticeably shorter"
    (re.compile(r"\b(?:getting|got|gotten|gone|grown|become|became|going) (?:\S+ )?shorter\b"),
     "loss of height osteoporosis compression fractures"),
    # low in spirits, not low in the back: "been feeling really down since my injury"
    (re.compile(r"\b(?:feel|feels|feeling|felt) (?:\S+ ){0,2}(?<!low )(?:down|low|depressed|miserable|blue)\b"
                r"(?! (?:in|on|at|my|the|your|back|part|side|down|there|into|to)\b)"), "depression"),
    # a weak leg: "which might show itself as dragging a foot or one leg"
    (re.compile(r"\b(?:can'?t|cannot|unable to|struggl\w* to|hard to) (?:lift|raise|flex) (?:up )?"
                r"(?:my |the |his |her )?(?:foot|feet|toes?)\b|\bfoot (?:drop|drops|flops|slaps)\b"
                r"|\b(?:foot|leg) (?:\S+ )?drag\w*|\bdrag\w* (?:\S+ ){0,2}(?:foot|feet|leg)\b"),
     "weakness in a leg dragging a foot"),
    # scans and examinations that found nothing: "a specific underlying cause is not identified"
    (re.compile(r"\b(?:nothing|nowt) (?:\S+ ){0,2}(?:shows?|showed|found|turns? up|turned up)\b"
                r"|\b(?:can'?t|couldn'?t|cannot|never) (?:\S+ ){0,2}find (?:a |any |the )?(?:cause|reason|anything)\b"
                r"|\bscans? (?:\S+ ){0,3}(?:normal|clear|fine)\b"), "specific underlying cause not identified"),
    # work that makes a person unhappy: "job satisfaction ... unhappiness due to loss of employment"
    (re.compile(r"\b(?:hate|hates|loathe|can'?t stand|sick of|fed up with|unhappy (?:at|with|in)|miserable at) "
                r"(?:my |his |her |the )?"
                r"(?:job|work|boss)\b|\b(?:lost|losing|lose) (?:my |his |her )?job\b|\bredundan\w*|\blaid off\b"),
     "job satisfaction unhappiness loss of employment"),
    # one leg shorter: "scoliosis ... can be caused when one lower extremity is shorter than the other"
    (re.compile(r"\blegs? (?:\S+ ){0,3}(?:shorter|longer|more short|different length)|\b(?:shorter|longer) leg\b"
                r"|\bleg length"), "one lower extremity shorter than the other functional scoliosis"),
    # sleep broken by the pain: "a greater amount of time needed to fall asleep, disturbances during sleep"
    (re.compile(r"\b(?:ages|hours|forever|long time) to (?:drop off|fall asleep|get to sleep|nod off)\b"
                r"|\bwak\w* up (?:loads|a lot|constantly|all night|every hour|several times)"),
     "sleep problems time needed to fall asleep disturbances during sleep"),
    # too frightened to move: the corpus' "fear of activity"
    (re.compile(r"\b(?:scared|afraid|frightened|terrified|fear\w*|nervous|wary)\b (?:\S+ ){0,3}"
                r"(?:mov\w*|activ\w*|exercis\w*|doing anything|bend\w*)"), "fear of activity poor coping"),
]
