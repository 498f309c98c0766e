@verbs
# Reporting verbs with every inflected form (base, 3rd person -s, past, past participle, -ing).
# kind: speech | belief | writing | support | opposition. requires=object: the verb reports speech
# or belief only when followed by a clause or object ("sees X as", "points to").

# --- Speech ---
say	forms=say|says|said|saying	kind=speech
tell	forms=tell|tells|told|telling	kind=speech
put	forms=put|puts|putting	kind=speech
explain	forms=explain|explains|explained|explaining	kind=speech
warn	forms=warn|warns|warned|warning	kind=speech
note	forms=note|notes|noted|noting	kind=speech
argue	forms=argue|argues|argued|arguing	kind=speech
cite	forms=cite|cites|cited|citing	kind=speech
hail	forms=hail|hails|hailed|hailing	kind=speech
acknowledge	forms=acknowledge|acknowledges|acknowledged|acknowledging	kind=speech
complain	forms=complain|complains|complained|complaining	kind=speech
point out	forms=point out|points out|pointed out|pointing out	kind=speech
let it be known	forms=let it be known|lets it be known|letting it be known	kind=speech
point to	forms=point to|points to|pointed to|pointing to	kind=speech	requires=object
claim	forms=claim|claims|claimed|claiming	kind=speech
insist	forms=insist|insists|insisted|insisting	kind=speech
demand	forms=demand|demands|demanded|demanding	kind=speech
apologise	forms=apologise|apologises|apologised|apologising	kind=speech
apologize	forms=apologize|apologizes|apologized|apologizing	kind=speech
suggest	forms=suggest|suggests|suggested|suggesting	kind=speech
stress	forms=stress|stresses|stressed|stressing	kind=speech
protest	forms=protest|protests|protested|protesting	kind=speech
emphasize	forms=emphasize|emphasizes|emphasized|emphasizing	kind=speech
emphasise	forms=emphasise|emphasises|emphasised|emphasising	kind=speech
add	forms=add|adds|added|adding	kind=speech
assert	forms=assert|asserts|asserted|asserting	kind=speech
contend	forms=contend|contends|contended|contending	kind=speech
maintain	forms=maintain|maintains|maintained|maintaining	kind=speech
observe	forms=observe|observes|observed|observing	kind=speech
remark	forms=remark|remarks|remarked|remarking	kind=speech
hint	forms=hint|hints|hinted|hinting	kind=speech
object	forms=object|objects|objected|objecting	kind=speech
state	forms=state|states|stated|stating	kind=speech
declare	forms=declare|declares|declared|declaring	kind=speech
announce	forms=announce|announces|announced|announcing	kind=speech	object=framework
predict	forms=predict|predicts|predicted|predicting	kind=speech
forecast	forms=forecast|forecasts|forecasted|forecasting	kind=speech
describe	forms=describe|describes|described|describing	kind=speech
call	forms=call|calls|called|calling	kind=speech
admit	forms=admit|admits|admitted|admitting	kind=speech
concede	forms=concede|concedes|conceded|conceding	kind=speech
tease	forms=tease|teases|teased|teasing	kind=speech
clarify	forms=clarify|clarifies|clarified|clarifying	kind=speech
accept	forms=accept|accepts|accepted|accepting	kind=speech
liken	forms=liken|likens|likened|likening	kind=speech
wonder	forms=wonder|wonders|wondered|wondering	kind=belief
caution	forms=caution|cautions|cautioned|cautioning	kind=speech
recall	forms=recall|recalls|recalled|recalling	kind=speech
reiterate	forms=reiterate|reiterates|reiterated|reiterating	kind=speech
repeat	forms=repeat|repeats|repeated|repeating	kind=speech
underline	forms=underline|underlines|underlined|underlining	kind=speech
underscore	forms=underscore|underscores|underscored|underscoring	kind=speech
highlight	forms=highlight|highlights|highlighted|highlighting	kind=speech
deny	forms=deny|denies|denied|denying	kind=speech
dismiss	forms=dismiss|dismisses|dismissed|dismissing	kind=speech
accuse	forms=accuse|accuses|accused|accusing	kind=speech
criticize	forms=criticize|criticizes|criticized|criticizing	kind=speech
criticise	forms=criticise|criticises|criticised|criticising	kind=speech
condemn	forms=condemn|condemns|condemned|condemning	kind=speech
denounce	forms=denounce|denounces|denounced|denouncing	kind=speech
praise	forms=praise|praises|praised|praising	kind=speech
welcome	forms=welcome|welcomes|welcomed|welcoming	kind=speech
urge	forms=urge|urges|urged|urging	kind=speech
read	forms=read|reads	kind=belief
blame	forms=blame|blames|blamed|blaming	kind=speech
rule	forms=rule|rules|ruled|ruling	kind=speech
comment	forms=comment|comments|commented|commenting	kind=speech
respond	forms=respond|responds|responded|responding	kind=speech
reply	forms=reply|replies|replied|replying	kind=speech
call for	forms=call for|calls for|called for|calling for	kind=speech	requires=object
speak of	forms=speak of|speaks of|spoke of|spoken of|speaking of	kind=speech	requires=object
talk of	forms=talk of|talks of|talked of|talking of	kind=speech	requires=object
counter	forms=counter|counters|countered|countering	kind=speech
retort	forms=retort|retorts|retorted|retorting	kind=speech
answer	forms=answer|answers|answered|answering	kind=speech
ask	forms=ask|asks|asked|asking	kind=speech
make clear	forms=make clear|makes clear|made clear|making clear	kind=speech
present	forms=present|presents|presented|presenting	kind=speech
question	forms=question|questions|questioned|questioning	kind=speech
confirm	forms=confirm|confirms|confirmed|confirming	kind=speech
report	forms=report|reports|reported|reporting	kind=speech
reveal	forms=reveal|reveals|revealed|revealing	kind=speech
disclose	forms=disclose|discloses|disclosed|disclosing	kind=speech
mention	forms=mention|mentions|mentioned|mentioning	kind=speech
promise	forms=promise|promises|promised|promising	kind=speech
pledge	forms=pledge|pledges|pledged|pledging	kind=speech
vow	forms=vow|vows|vowed|vowing	kind=speech
threaten	forms=threaten|threatens|threatened|threatening	kind=speech
boast	forms=boast|boasts|boasted|boasting	kind=speech
lament	forms=lament|laments|lamented|lamenting	kind=speech
agree	forms=agree|agrees|agreed|agreeing	kind=speech	object=framework
disagree	forms=disagree|disagrees|disagreed|disagreeing	kind=speech
posit	forms=posit|posits|posited|positing	kind=speech
speculate	forms=speculate|speculates|speculated|speculating	kind=speech
allege	forms=allege|alleges|alleged|alleging	kind=speech
characterize	forms=characterize|characterizes|characterized|characterizing	kind=speech
characterise	forms=characterise|characterises|characterised|characterising	kind=speech
frame	forms=frame|frames|framed|framing	kind=speech	requires=object
portray	forms=portray|portrays|portrayed|portraying	kind=speech
cast	forms=cast|casts|casting	kind=speech
tout	forms=tout|touts|touted|touting	kind=speech
pitch	forms=pitched|pitching	kind=speech
bill	forms=billed|billing	kind=speech
depict	forms=depict|depicts|depicted|depicting	kind=speech
paint	forms=painted|painting	kind=speech
market	forms=marketed	kind=speech
voice	forms=voiced|voicing	kind=speech
express hope	forms=express hope|expresses hope|expressed hope|expressing hope|express the hope|expresses the hope|expressed the hope|expressing the hope	kind=speech
express the view	forms=express the view|expresses the view|expressed the view|expressing the view	kind=speech
express concern	forms=express concern|expresses concern|expressed concern|expressing concern	kind=speech
express regret	forms=express regret|expresses regret|expressed regret|expressing regret	kind=speech
express confidence	forms=express confidence|expresses confidence|expressed confidence|expressing confidence	kind=speech
reaffirm	forms=reaffirm|reaffirms|reaffirmed|reaffirming	kind=speech
restate	forms=restate|restates|restated|restating	kind=speech
echo	forms=echoed|echoes|echoing	kind=speech
assure	forms=assure|assures|assured|assuring	kind=speech
remind	forms=remind|reminds|reminded|reminding	kind=speech
inform	forms=inform|informs|informed|informing	kind=speech	requires=object
notify	forms=notify|notifies|notified|notifying	kind=speech	requires=object
signal	forms=signal|signals|signaled|signalled|signaling|signalling	kind=speech
indicate	forms=indicate|indicates|indicated|indicating	kind=speech
rule out	forms=rule out|rules out|ruled out|ruling out	kind=speech
spell out	forms=spell out|spells out|spelled out|spelt out|spelling out	kind=speech
brief	forms=brief|briefs|briefed|briefing	kind=speech	requires=object
quip	forms=quip|quips|quipped|quipping	kind=speech
float	forms=float|floats|floated|floating	kind=speech	requires=object
float the idea	forms=float the idea|floats the idea|floated the idea|floating the idea	kind=speech	requires=object
muse	forms=muse|muses|mused|musing	kind=speech
grumble	forms=grumble|grumbles|grumbled|grumbling	kind=speech
bemoan	forms=bemoan|bemoans|bemoaned|bemoaning	kind=speech
joke	forms=joke|jokes|joked|joking	kind=speech
recount	forms=recount|recounts|recounted|recounting	kind=speech
summarize	forms=summarize|summarizes|summarized|summarizing	kind=speech
summarise	forms=summarise|summarises|summarised|summarising	kind=speech

# --- Belief ---
believe	forms=believe|believes|believed|believing	kind=belief
see	forms=see|sees|saw|seen|seeing	kind=belief	requires=object
view	forms=view|views|viewed|viewing	kind=belief	requires=object
regard	forms=regard|regards|regarded|regarding	kind=belief	requires=object
perceive	forms=perceive|perceives|perceived|perceiving	kind=belief	requires=object
interpret	forms=interpret|interprets|interpreted|interpreting	kind=belief	requires=object
think	forms=think|thinks|thought|thinking	kind=belief
consider	forms=consider|considers|considered|considering	kind=belief
doubt	forms=doubt|doubts|doubted|doubting	kind=belief
fear	forms=fear|fears|feared|fearing	kind=belief
hope	forms=hope|hopes|hoped|hoping	kind=belief
expect	forms=expect|expects|expected|expecting	kind=belief
estimate	forms=estimate|estimates|estimated|estimating	kind=belief
project	forms=projected|projecting	kind=belief
conclude	forms=conclude|concludes|concluded|concluding	kind=belief	object=framework
recognize	forms=recognize|recognizes|recognized|recognizing	kind=belief
recognise	forms=recognise|recognises|recognised|recognising	kind=belief
assume	forms=assume|assumes|assumed|assuming	kind=belief
suspect	forms=suspect|suspects|suspected|suspecting	kind=belief
worry	forms=worry|worries|worried|worrying	kind=belief
feel	forms=feel|feels|felt|feeling	kind=belief
anticipate	forms=anticipate|anticipates|anticipated|anticipating	kind=belief
calculate	forms=calculate|calculates|calculated|calculating	kind=belief
reckon	forms=reckon|reckons|reckoned|reckoning	kind=belief
find	forms=find|finds|found|finding	kind=belief
show	forms=show|shows|showed|shown|showing	kind=belief

# --- Writing ---
write	forms=write|writes|wrote|written|writing	kind=writing
publish	forms=publish|publishes|published|publishing	kind=writing
post	forms=post|posts|posted|posting	kind=writing
tweet	forms=tweet|tweets|tweeted|tweeting	kind=writing
blog	forms=blog|blogs|blogged|blogging	kind=writing

# --- Support ---
propose	forms=propose|proposes|proposed|proposing	kind=support	object=framework
back	forms=back|backs|backed|backing	kind=support
support	forms=support|supports|supported|supporting	kind=support
launch	forms=launch|launches|launched|launching	kind=support	object=framework
champion	forms=champion|champions|championed|championing	kind=support
promote	forms=promote|promotes|promoted|promoting	kind=support
endorse	forms=endorse|endorses|endorsed|endorsing	kind=support	object=framework
push for	forms=push for|pushes for|pushed for|pushing for	kind=support
advocate	forms=advocate|advocates|advocated|advocating	kind=support
favor	forms=favor|favors|favored|favoring	kind=support
favour	forms=favour|favours|favoured|favouring	kind=support
spearhead	forms=spearhead|spearheads|spearheaded|spearheading	kind=support
initiate	forms=initiate|initiates|initiated|initiating	kind=support
sponsor	forms=sponsor|sponsors|sponsored|sponsoring	kind=support
sign	forms=sign|signs|signed|signing	kind=support	object=framework
issue	forms=issue|issues|issued|issuing	kind=support	object=framework
join	forms=join|joins|joined|joining	kind=support
embrace	forms=embrace|embraces|embraced|embracing	kind=support
pursue	forms=pursue|pursues|pursued|pursuing	kind=support
unveil	forms=unveil|unveils|unveiled|unveiling	kind=support	object=framework
# Verbs that conclude a deal: their parties back it, and a deal described in lower case after them is a framework.
ratify	forms=ratify|ratifies|ratified|ratifying	kind=support	object=framework
initial	forms=initial|initials|initialled|initialed|initialling|initialing	kind=support	object=framework
ink	forms=ink|inks|inked|inking	kind=support	object=framework
adopt	forms=adopt|adopts|adopted|adopting	kind=support	object=framework
approve	forms=approve|approves|approved|approving	kind=support	object=framework
establish	forms=establish|establishes|established|establishing	kind=support	object=framework
build	forms=build|builds|built|building	kind=support	object=framework
set up	forms=set up|sets up|setting up	kind=support	object=framework
strike	forms=strike|strikes|struck|striking	kind=support	object=framework
broker	forms=broker|brokers|brokered|brokering	kind=support	object=framework
negotiate	forms=negotiate|negotiates|negotiated|negotiating	kind=support	object=framework
reach	forms=reach|reaches|reached|reaching	kind=support	object=framework
hold	forms=held|holds|holding	kind=support	object=framework
host	forms=host|hosts|hosted|hosting	kind=support	object=framework
convene	forms=convene|convenes|convened|convening	kind=support	object=framework
revive	forms=revive|revives|revived|reviving	kind=support	object=framework
implement	forms=implement|implements|implemented|implementing	kind=support	object=framework
renew	forms=renew|renews|renewed|renewing	kind=support	object=framework
seal	forms=seal|seals|sealed|sealing	kind=support	object=framework
clinch	forms=clinch|clinches|clinched|clinching	kind=support	object=framework
finalise	forms=finalise|finalises|finalised|finalising|finalize|finalizes|finalized|finalizing	kind=support	object=framework
# Not the base form: "an open skies agreement", "a close partner" and "a secure corridor" are adjectives.
open	forms=opens|opened	kind=support	object=framework
close	forms=closes|closed	kind=support	object=framework
secure	forms=secures|secured|securing	kind=support	object=framework

# --- Opposition ---
resist	forms=resist|resists|resisted|resisting	kind=opposition
oppose	forms=oppose|opposes|opposed|opposing	kind=opposition
reject	forms=reject|rejects|rejected|rejecting	kind=opposition
dispute	forms=dispute|disputes|disputed|disputing	kind=opposition
block	forms=block|blocks|blocked|blocking	kind=opposition
veto	forms=veto|vetoes|vetoed|vetoing	kind=opposition
boycott	forms=boycott|boycotts|boycotted|boycotting	kind=opposition
obstruct	forms=obstruct|obstructs|obstructed|obstructing	kind=opposition
object to	forms=object to|objects to|objected to|objecting to	kind=opposition
push back	forms=push back|pushes back|pushed back|pushing back	kind=opposition
refuse	forms=refuse|refuses|refused|refusing	kind=opposition
withdraw from	forms=withdraw from|withdraws from|withdrew from|withdrawn from|withdrawing from	kind=opposition
suspend	forms=suspend|suspends|suspended|suspending	kind=opposition	object=framework
# Ending a deal names the deal as surely as signing it does: "terminated the defence cooperation agreement".
terminate	forms=terminate|terminates|terminated|terminating	kind=opposition	object=framework
scrap	forms=scrap|scraps|scrapped|scrapping	kind=opposition	object=framework
cancel	forms=cancel|cancels|cancelled|canceled|cancelling|canceling	kind=opposition	object=framework
annul	forms=annul|annuls|annulled|annulling	kind=opposition	object=framework
abrogate	forms=abrogate|abrogates|abrogated|abrogating	kind=opposition	object=framework
renounce	forms=renounce|renounces|renounced|renouncing	kind=opposition	object=framework
tear up	forms=tear up|tears up|tore up|torn up|tearing up	kind=opposition	object=framework
