@roles
# Role nouns. role= normalises variants (spokeswoman -> spokesperson, defense -> defence);
# title=yes marks nouns written as titles before names ("Foreign Minister Wang Yi").

# --- Experts ---
analyst	plural=analysts	class=expert
industry analyst	plural=industry analysts	class=expert
political analyst	plural=political analysts	class=expert
security analyst	plural=security analysts	class=expert
policy analyst	plural=policy analysts	class=expert
expert	plural=experts	class=expert
scholar	plural=scholars	class=expert
researcher	plural=researchers	class=expert
auditor	plural=auditors	class=expert
research fellow	plural=research fellows	class=expert
senior fellow	plural=senior fellows	class=expert
fellow	plural=fellows	class=expert
academic	plural=academics	class=expert
professor	plural=professors	title=yes	class=expert
associate professor	plural=associate professors	class=expert
assistant professor	plural=assistant professors	class=expert
lecturer	plural=lecturers	class=expert
observer	plural=observers	class=expert
commentator	plural=commentators	class=expert
pundit	plural=pundits	class=expert
economist	plural=economists	class=expert
historian	plural=historians	class=expert
political scientist	plural=political scientists	class=expert
sociologist	plural=sociologists	class=expert
hydrologist	plural=hydrologists	class=expert
glaciologist	plural=glaciologists	class=expert
climatologist	plural=climatologists	class=expert
ecologist	plural=ecologists	class=expert
geologist	plural=geologists	class=expert
agronomist	plural=agronomists	class=expert
demographer	plural=demographers	class=expert
Africanist	plural=Africanists	class=expert
Sinologist	plural=Sinologists	class=expert
Arabist	plural=Arabists	class=expert
philosopher	plural=philosophers	class=expert
specialist	plural=specialists	class=expert
sinologist	plural=sinologists	class=expert
strategist	plural=strategists	class=expert
consultant	plural=consultants	class=expert
think tank	plural=think tanks|think-tanks	class=expert
think-tank	role=think tank	plural=think-tanks	class=expert

# --- Media ---
journalist	plural=journalists	class=media
reporter	plural=reporters	class=media
correspondent	plural=correspondents	class=media
editor	plural=editors	class=media
editor-in-chief	plural=editors-in-chief	class=media
columnist	plural=columnists	class=media
blogger	plural=bloggers	class=media
broadcaster	plural=broadcasters	class=media
state media	plural=state media	class=media
local media	plural=local media	class=media
foreign media	plural=foreign media	class=media
independent media	plural=independent media	class=media

# --- Officials and diplomats ---
official	plural=officials	class=official
senior official	plural=senior officials	class=official
government official	plural=government officials	class=official
civil servant	plural=civil servants	class=official
planner	plural=planners	class=official
military planner	plural=military planners	class=official
inspector	plural=inspectors	class=official
investigator	plural=investigators	class=official
technocrat	plural=technocrats	class=official
bureaucrat	plural=bureaucrats	class=official
diplomat	plural=diplomats	class=official
ambassador	plural=ambassadors	title=yes	class=official
envoy	plural=envoys	class=official
special envoy	plural=special envoys	title=yes	class=official
presidential envoy	plural=presidential envoys	title=yes	class=official
special representative	plural=special representatives	title=yes	class=official
permanent representative	plural=permanent representatives	title=yes	class=official
representative	plural=representatives	class=official
trade representative	plural=trade representatives	title=yes	class=official
consul general	plural=consuls general	title=yes	class=official
consul	plural=consuls	title=yes	class=official
chargé d'affaires	plural=chargés d'affaires	class=official
emissary	plural=emissaries	class=official
negotiator	plural=negotiators	class=official
chief negotiator	plural=chief negotiators	title=yes	class=official
chief cabinet secretary	plural=chief cabinet secretaries	title=yes	class=official
cabinet secretary	plural=cabinet secretaries	title=yes	class=official
mediator	plural=mediators	class=official
delegate	plural=delegates	class=official
spokesperson	plural=spokespersons|spokespeople	title=yes	class=official
spokeswoman	role=spokesperson	plural=spokeswomen	title=yes	class=official
spokesman	role=spokesperson	plural=spokesmen	title=yes	class=official
press secretary	plural=press secretaries	title=yes	class=official
minister	plural=ministers	title=yes	class=official
deputy minister	plural=deputy ministers	title=yes	class=official
foreign minister	plural=foreign ministers	title=yes	class=official
deputy foreign minister	plural=deputy foreign ministers	title=yes	class=official
vice foreign minister	plural=vice foreign ministers	title=yes	class=official
external affairs minister	role=foreign minister	plural=external affairs ministers	title=yes	class=official
defence minister	plural=defence ministers	title=yes	class=official
defense minister	role=defence minister	plural=defense ministers	title=yes	class=official
deputy defence minister	plural=deputy defence ministers	title=yes	class=official
deputy defense minister	role=deputy defence minister	plural=deputy defense ministers	title=yes	class=official
interior minister	plural=interior ministers	title=yes	class=official
finance minister	plural=finance ministers	title=yes	class=official
economy minister	plural=economy ministers	title=yes	class=official
energy minister	plural=energy ministers	title=yes	class=official
trade minister	plural=trade ministers	title=yes	class=official
foreign secretary	plural=foreign secretaries	title=yes	class=official
defence secretary	plural=defence secretaries	title=yes	class=official
defense secretary	role=secretary of defense	plural=defense secretaries	title=yes	class=official
secretary of defense	plural=secretaries of defense	title=yes	class=official
secretary of state	plural=secretaries of state	title=yes	class=official
deputy secretary of state	plural=deputy secretaries of state	title=yes	class=official
assistant secretary of state	plural=assistant secretaries of state	title=yes	class=official
treasury secretary	plural=treasury secretaries	title=yes	class=official
secretary	plural=secretaries	title=yes	class=official
undersecretary	plural=undersecretaries	title=yes	class=official
under secretary	role=undersecretary	plural=under secretaries	title=yes	class=official
national security adviser	plural=national security advisers	title=yes	class=official
national security advisor	role=national security adviser	plural=national security advisors	title=yes	class=official
adviser	plural=advisers	class=official
advisor	role=adviser	plural=advisors	class=official
senior adviser	plural=senior advisers	class=official
presidential aide	plural=presidential aides	class=official
aide	plural=aides	class=official
chief of staff	plural=chiefs of staff	title=yes	class=official
state counsellor	plural=state counsellors	title=yes	class=official
commissioner	plural=commissioners	title=yes	class=official
high representative	plural=high representatives	title=yes	class=official
high commissioner	plural=high commissioners	title=yes	class=official
high commissioner for human rights	plural=high commissioners for human rights	title=yes	class=official
high commissioner for refugees	plural=high commissioners for refugees	title=yes	class=official
foreign policy chief	plural=foreign policy chiefs	class=official
secretary-general	plural=secretaries-general	title=yes	class=official
secretary general	role=secretary-general	plural=secretaries general	title=yes	class=official
director-general	plural=directors-general	title=yes	class=official
director general	role=director-general	plural=directors general	title=yes	class=official
managing director	plural=managing directors	title=yes	class=official
director	plural=directors	title=yes	class=official
administrator	plural=administrators	class=official
deputy director	plural=deputy directors	class=official
director of national intelligence	plural=directors of national intelligence	title=yes	class=official
head of the presidential administration	plural=heads of the presidential administration	class=official
intelligence chief	plural=intelligence chiefs	class=official
spy chief	role=intelligence chief	plural=spy chiefs	class=official
governor	plural=governors	title=yes	class=official
akim	role=governor	plural=akims	title=yes	class=official
hokim	role=governor	plural=hokims	title=yes	class=official
mayor	plural=mayors	title=yes	class=official
prosecutor general	plural=prosecutors general	title=yes	class=official
inspector-general	plural=inspectors-general	title=yes	class=official
inspector general	role=inspector-general	plural=inspectors general	title=yes	class=official
attorney general	plural=attorneys general	title=yes	class=official
attorney-general	role=attorney general	plural=attorneys-general	title=yes	class=official
auditor general	plural=auditors general	title=yes	class=official
auditor-general	role=auditor general	plural=auditors-general	title=yes	class=official
solicitor general	plural=solicitors general	title=yes	class=official
prosecutor	plural=prosecutors	class=official
judge	plural=judges	title=yes	class=official
ombudsman	plural=ombudsmen	class=official

# --- Lawmakers ---
senator	plural=senators	title=yes	class=official
congressman	role=lawmaker	plural=congressmen	title=yes	class=official
congresswoman	role=lawmaker	plural=congresswomen	title=yes	class=official
lawmaker	plural=lawmakers	class=official
MEP	plural=MEPs	class=official
legislator	plural=legislators	class=official
parliamentarian	plural=parliamentarians	class=official
member of parliament	role=MP	plural=members of parliament	class=official
MP	plural=MPs	class=official
deputy	plural=deputies	class=official
speaker	plural=speakers	title=yes	class=official
politician	plural=politicians	class=official
candidate	plural=candidates	class=official
presidential candidate	plural=presidential candidates	class=official

# --- Leaders ---
leader	plural=leaders	class=leader
head of state	plural=heads of state	class=leader
head of government	plural=heads of government	class=leader
head	plural=heads	class=leader
chief	plural=chiefs	class=leader
president	plural=presidents	title=yes	class=leader
president-elect	plural=presidents-elect	title=yes	class=leader
vice president	plural=vice presidents	title=yes	class=leader
vice-president	role=vice president	plural=vice-presidents	title=yes	class=leader
executive vice president	role=vice president	plural=executive vice presidents	title=yes	class=leader
executive vice-president	role=vice president	plural=executive vice-presidents	title=yes	class=leader
first vice president	plural=first vice presidents	title=yes	class=leader
prime minister	plural=prime ministers	title=yes	class=leader
premier	plural=premiers	title=yes	class=leader
vice premier	plural=vice premiers	title=yes	class=leader
deputy prime minister	plural=deputy prime ministers	title=yes	class=official
first deputy prime minister	plural=first deputy prime ministers	title=yes	class=official
chancellor	plural=chancellors	title=yes	class=leader
chairman	plural=chairmen	title=yes	class=leader
chairwoman	role=chair	plural=chairwomen	title=yes	class=leader
chairperson	role=chair	plural=chairpersons	title=yes	class=leader
chair	plural=chairs	class=leader
convener	plural=conveners	class=leader
convenor	role=convener	plural=convenors	class=leader
ameer	role=emir	plural=ameers	class=leader
amir	role=emir	plural=amirs	class=leader
vice chairman	plural=vice chairmen	title=yes	class=leader
deputy chairman	plural=deputy chairmen	title=yes	class=leader
general secretary	plural=general secretaries	title=yes	class=leader
supreme leader	plural=supreme leaders	title=yes	class=leader
party leader	plural=party leaders	class=leader
opposition leader	plural=opposition leaders	class=leader
opposition figure	plural=opposition figures	class=public
public figure	plural=public figures	class=public
king	plural=kings	title=yes	class=leader
queen	plural=queens	title=yes	class=leader
emir	plural=emirs	title=yes	class=leader
crown prince	plural=crown princes	title=yes	class=leader
sultan	plural=sultans	title=yes	class=leader
pope	plural=popes	title=yes	class=leader
ayatollah	plural=ayatollahs	title=yes	class=leader
mullah	plural=mullahs	title=yes	class=leader
cleric	plural=clerics	class=leader
imam	plural=imams	title=yes	class=leader
archbishop	plural=archbishops	title=yes	class=leader
patriarch	plural=patriarchs	title=yes	class=leader
catholicos	plural=catholicoi	title=yes	class=leader
metropolitan	plural=metropolitans	title=yes	class=leader
mufti	plural=muftis	title=yes	class=leader
rabbi	plural=rabbis	title=yes	class=leader
founder	plural=founders	class=leader
co-founder	plural=co-founders	class=leader
statesman	plural=statesmen	class=leader
monarch	plural=monarchs	class=leader

# --- Military and security ---
general	plural=generals	title=yes	class=military
lieutenant general	plural=lieutenant generals	title=yes	class=military
major general	plural=major generals	title=yes	class=military
colonel	plural=colonels	title=yes	class=military
captain	plural=captains	title=yes	class=military
lieutenant	plural=lieutenants	title=yes	class=military
sergeant	plural=sergeants	title=yes	class=military
lieutenant colonel	plural=lieutenant colonels	title=yes	class=military
admiral	plural=admirals	title=yes	class=military
rear admiral	plural=rear admirals	title=yes	class=military
vice admiral	plural=vice admirals	title=yes	class=military
commodore	plural=commodores	title=yes	class=military
field marshal	plural=field marshals	title=yes	class=military
marshal	plural=marshals	title=yes	class=military
commander	plural=commanders	title=yes	class=military
commander-in-chief	plural=commanders-in-chief	title=yes	class=military
chief of the general staff	plural=chiefs of the general staff	class=military
army chief	plural=army chiefs	class=military
officer	plural=officers	class=military
military officer	plural=military officers	class=military
soldier	plural=soldiers	class=military
troops	plural=troops	class=military
militant	plural=militants	class=military
fighter	plural=fighters	class=military
insurgent	plural=insurgents	class=military
mercenary	plural=mercenaries	class=military
warlord	plural=warlords	class=military
security forces	plural=security forces	class=military
pilot	plural=pilots	class=military
sailor	plural=sailors	class=military
peacekeeper	plural=peacekeepers	class=military
rebel	plural=rebels	class=military
separatist	plural=separatists	class=military

# --- Business ---
CEO	plural=CEOs	title=yes	class=business
chief executive	plural=chief executives	title=yes	class=business
executive	plural=executives	class=business
businessman	plural=businessmen	class=business
businesswoman	plural=businesswomen	class=business
entrepreneur	plural=entrepreneurs	class=business
investor	plural=investors	class=business
banker	plural=bankers	class=business
fund manager	plural=fund managers	class=business
portfolio manager	plural=portfolio managers	class=business
oligarch	plural=oligarchs	class=business
tycoon	plural=tycoons	class=business
trader	plural=traders	class=business
merchant	plural=merchants	class=business
business owner	plural=business owners	class=business
business group	plural=business groups	class=business
shopkeeper	plural=shopkeepers	class=business
broker	plural=brokers	class=business
shipbroker	plural=shipbrokers	class=business
shipowner	plural=shipowners	class=business
exporter	plural=exporters	class=business
importer	plural=importers	class=business
producer	plural=producers	class=business
manufacturer	plural=manufacturers	class=business
industry insider	plural=industry insiders	class=business
freight forwarder	plural=freight forwarders	class=business
logistics operator	plural=logistics operators	class=business
shipper	plural=shippers	class=business
lender	plural=lenders	class=business
supplier	plural=suppliers	class=business
contractor	plural=contractors	class=business
haulier	plural=hauliers	class=business
truck driver	plural=truck drivers	class=business
retailer	plural=retailers	class=business
lobbyist	plural=lobbyists	class=business
developer	plural=developers	class=business
farm group	plural=farm groups	class=business
trade group	plural=trade groups	class=business
employer	plural=employers	class=business
business leader	plural=business leaders	class=business

# --- Public ---
poet	plural=poets	class=public
writer	plural=writers	class=media
novelist	plural=novelists	class=media
activist	plural=activists	class=public
engineer	plural=engineers	class=business
lawyer	plural=lawyers	class=expert
human rights activist	plural=human rights activists	class=public
human rights defender	plural=human rights defenders	class=public
rights defender	plural=rights defenders	class=public
dissident	plural=dissidents	class=public
critic	plural=critics	class=public
sceptic	plural=sceptics|skeptics	class=public
protester	plural=protesters|protestors	class=public
demonstrator	role=protester	plural=demonstrators	class=public
fisherman	plural=fishermen	class=public
villager	plural=villagers	class=public
pensioner	plural=pensioners	class=public
resident	plural=residents	class=public
citizen	plural=citizens	class=public
voter	plural=voters	class=public
migrant	plural=migrants	class=public
migrant worker	plural=migrant workers	class=public
labour migrant	plural=labour migrants|labor migrants	class=public
student	plural=students	class=public
worker	plural=workers	class=public
farmer	plural=farmers	class=public
rancher	plural=ranchers	class=public
contender	plural=contenders	class=public
opposition hopeful	plural=opposition hopefuls	class=public
presidential hopeful	plural=presidential hopefuls	class=public
witness	plural=witnesses	class=public
rights group	plural=rights groups	class=public
campaigner	plural=campaigners	class=public
organiser	plural=organisers|organizers	class=public
veteran	plural=veterans	class=public
refugee	plural=refugees	class=public
survivor	plural=survivors	class=public
hardliner	plural=hardliners	class=public
reformist	plural=reformists	class=public
loyalist	plural=loyalists	class=public
supporter	plural=supporters	class=public
religious leader	plural=religious leaders	class=public
community leader	plural=community leaders	class=public
human rights group	plural=human rights groups	class=public
advocacy group	plural=advocacy groups	class=public
civil society group	plural=civil society groups	class=public
civic group	plural=civic groups	class=public
consumer group	plural=consumer groups	class=public
lobby group	plural=lobby groups	class=public
industry group	plural=industry groups	class=business
laureate	plural=laureates	class=public
counterpart	plural=counterparts	class=official
monitoring group	plural=monitoring groups	class=public
person	plural=people	class=public
environmental group	plural=environmental groups	class=public
nationalist group	plural=nationalist groups	class=public
nationalist	plural=nationalists	class=public
scientist	plural=scientists	class=expert
participant	plural=participants	class=public
buyer	plural=buyers	class=business
grid operator	plural=grid operators	class=business
truck operator	plural=truck operators	class=business
TV presenter	plural=TV presenters|talk-show presenters|television presenters	class=media
forensic examiner	plural=forensic examiners	class=expert
diaspora group	plural=diaspora groups	class=public
driver	plural=drivers	class=public
elder	plural=elders	class=public
herder	plural=herders	class=public
teacher	plural=teachers	class=public
doctor	plural=doctors	class=public
rights monitor	plural=rights monitors|human rights monitors	class=public
election monitor	plural=election monitors	class=public
ceasefire monitor	plural=ceasefire monitors	class=public
government source	plural=government sources	class=official
diplomatic source	plural=diplomatic sources	class=official
security source	plural=security sources	class=official
military source	plural=military sources	class=military
intelligence source	plural=intelligence sources	class=official
industry source	plural=industry sources	class=business
local source	plural=local sources	class=public
lorry driver	plural=lorry drivers	class=public
