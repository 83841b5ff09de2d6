// Common given names (English-language news, with the international names it often quotes), for two cheap
// cues: a capitalised pair starting with one is probably a person, and "he"/"she" agrees with it.

const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra
ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia
kathleen amy shirley angela helen anna brenda pamela nicole samantha katherine christine debra rachel catherine carolyn
janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail
julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte
rose alexis kayla jane lori tammy emma ella chloe zoe mia ava lily sophie caroline claire kate katie jenny jill jo
anne annie beth ellen erin fiona gillian harriet hillary hilary irene iris jade jasmine joanna jodie josephine karin
kristen kristin leah lucy lynn mandy marion maureen melanie meredith michaela miriam molly monica nadia naomi nina
paula penny priya rita robin rosemary ruby sally sheila sonia stella susanna suzanne tanya tina tracy ursula valerie
vanessa vera wendy yvonne zara ilhan alexandria nancy kamala kristi kirsten tulsi marjorie lauren nikki liz elise
chrystia melanie mélanie jody carla patty patricia rachel rachael catherine kathleen jagmeet marci andrea jenni
caroline christy kathy lise line louise dominique genevieve geneviève isabelle nathalie sylvie manon chantal josée
france julie marie-claude annamie elizabeth ursula giorgia angela annalena kaja kaia dovile dovilė marine ségolène
ségolene yulia olena oksana iryna natalia natalya svetlana tatiana maria irina olga ludmila valentina ekaterina
yekaterina anastasia darya daria viktoria khadija fatima aisha amina leila layla noor sana zainab yasmin mariam ayesha
mei ling xiao yuki yoko keiko hiroko akiko sakura jacinda theresa nicola nadine margrethe mette sanna jacinta tamara
darian lorna cindy sue jan pat kim lee vivian lillian marian jillian
`;

const MALE = `james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack
dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith
roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan
albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis harry hugh ian
jim jimmy jon jonny keir rishi boris liam luke martin neil nigel oliver owen rob robin ross simon stuart tom tony will
ben bill bob chris dan dave don doug ed fred greg jeff joel ken matt mike nick pete phil rick ron sam steve ted tim
vladimir volodymyr dmitry dmitri sergei sergey alexei alexey mikhail nikolai ivan igor oleg andriy andrii oleksandr
oleksii petro viktor yuri yury emmanuel francois françois sebastien sébastien jean-yves jean-noël pierre jacques
michel olaf friedrich karl hans heinz jurgen jürgen wolfgang boris pedro luis carlos manuel javier miguel antonio
giorgio matteo mario sergio giuseppe recep tayyip xi wang li zhang liu chen yang narendra rahul justin pierre
jagmeet erin andrew maxime doug jason blaine scott gerald ralph lloyd wab marc mathieu guy stephane stéphane
francois-philippe bill jason brian yves-francois yves-françois denis gilles luc rene rené normand jean joly mark
elon jeff warren kanye hunter beau lindsey mitch chuck marco ted rand kevin hakeem jared kash kash pete tulsi
steve howard scott marco jd j.d. mike lloyd ron kristi hanno gabrielius antony keith kurt jake tucker sean rudy
ryosei shigeru shinzo fumio yoshihide taro kenji hiroshi takeshi akira mohammed muhammad mohammad ahmed ali omar
hassan hussein abdul abdullah khalid mahmoud yusuf ibrahim benjamin yair naftali bibi isaac moshe yitzhak ehud
mateusz andrzej donald radoslaw radosław viktor robert mark rutte jens anders lars olaf sanna niinisto alexander
alex sasha nico nicolas niko aleksandar milos miloš pekka ihor taras yevhen dmytro mykola serhiy serhii kyrylo
darren derek dean dale glen glenn grant graham gordon howard jerome kirk lance leon marcus mario max maxwell miles
morgan neal norman oscar perry quentin reggie rex rodney roland rudy shane spencer stanley todd travis trevor troy
victor wade warren wesley adrian julian damian fabian sebastian cyprian maximilian kilian killian
`;

const female = new Set(FEMALE.split(/\s+/).filter(Boolean));
const male = new Set(MALE.split(/\s+/).filter(Boolean));

/** `'f'` or `'m'` for a common given name, undefined for an unknown or ambiguous one. */
export function firstNameGender(word: string): 'f' | 'm' | undefined {
  const w = word.toLowerCase();
  const f = female.has(w);
  const m = male.has(w);
  if (f === m) return undefined;
  return f ? 'f' : 'm';
}
