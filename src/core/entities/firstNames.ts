// Common given names (English-language news, with the international names it often quotes), for two cheap
// cues: a capitalised pair starting with one is probably a person, and "he"/"she" agrees with it. The hand
// lists come first; the registers' names (givenNames.generated.ts) fill in the rest ("Gail", "Anil", "Ewan").
import { REGISTER_FEMALE, REGISTER_MALE } from './givenNames.generated';

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
chrystia melanie mélanie jody carla patty patricia rachel rachael catherine kathleen marci andrea jenni
caroline christy kathy lise line louise dominique genevieve geneviève isabelle nathalie sylvie manon chantal josée
france julie marie-claude annamie elizabeth ursula giorgia angela annalena kaja kaia dovile dovilė marine ségolène
ségolene yulia olena oksana iryna natalia natalya svetlana tatiana maria irina olga ludmila valentina ekaterina
yekaterina anastasia darya daria viktoria khadija fatima aisha amina leila layla noor sana zainab yasmin mariam ayesha
mei ling xiao yuki yoko keiko hiroko akiko sakura jacinda theresa nicola nadine margrethe mette sanna jacinta tamara
darian lorna cindy sue jan pat kim lee vivian lillian marian jillian
morag seonaid mhairi ishbel morven siân dervla grainne gráinne
małgorzata ghislaine gaëlle
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
elon jeff warren kanye hunter beau lindsey mitch chuck marco ted rand kevin hakeem jared kash kash pete
steve howard scott marco jd j.d. mike lloyd ron hanno gabrielius antony keith kurt jake tucker sean rudy
ryosei shigeru shinzo fumio yoshihide taro kenji hiroshi takeshi akira mohammed muhammad mohammad ahmed ali omar
hassan hussein abdul abdullah khalid mahmoud yusuf ibrahim benjamin yair naftali bibi isaac moshe yitzhak ehud
mateusz andrzej donald radoslaw radosław viktor robert mark rutte jens anders lars olaf niinisto alexander
alex sasha nico nicolas niko aleksandar milos miloš pekka ihor taras yevhen dmytro mykola serhiy serhii kyrylo
darren derek dean dale glen glenn grant graham gordon howard jerome kirk lance leon marcus mario max maxwell miles
morgan neal norman oscar perry quentin reggie rex rodney roland rudy shane spencer stanley todd travis trevor troy
victor wade warren wesley adrian julian damian fabian sebastian cyprian maximilian kilian killian
ruaridh ruairidh dafydd aled cathal torquil murdo
réjean rejean benoît benoit ghislain gaétan gaetan rémi remi réal clément clement søren łukasz
`;

/** Pairs of initials that go by as (men's) first names: "TJ Reid", "AJ Mitchell". */
export const INITIALS_FIRST_NAMES: readonly string[] = ['tj', 'aj', 'pj', 'jj', 'dj', 'cj', 'rj', 'bj', 'jp', 'jt'];

// More given names, from the gendered name lists of the compromise NLP library (MIT licence; its lexicon already
// leaves out names that are also common words, like May or Grant): people in held-out news have names the lists
// above never thought of, and a known first name is what makes a capitalised pair a person and "she" agree.
const MORE_FEMALE = `
aada aadya aaliyah aaradhya aasha abagail abbey abbi abbie abby abi abie abril ada adaline adalyn addie addilyn
addison adel adela adelaide adele adelene adelia adelina adeline adelynn adreanna adriana adrianna adrianne adriena
adriene adrienne agatha aggie agnes agustina aicha aida aileen aimee aina aino ainsley aishah aisling aislinn aislynn
ajla alaina alana alanis alanna alannah alanoud alayah alayna alba alecia aleisha alejandra aleksandra alena alesia
alessandra alexa alexandra alexia alia alicia alicja alina aline alisa alise alisha alison alissa aliza allie allison
allyson althea alya alycia alysa alyson alyssa amahle amaia amaira amalia amberly amelia amelija amie amilia aminata
ana anabel anamaria anastasija anaya andjela ane aneta anette angelia angelica angelina angeline angelique angie
anika anisa anissa anita anja anjelica annabel annabella annabelle annalisa annamaria annemarie annett annette annika
annmarie anohito antoinette antonella antonia anya aoi aria ariana arianna arianne arielle arleen arlena arlene
arlette aroha arpita asha ashanti ashlee ashleigh ashli ashlie ashly ashlyn ashraqat ashton asiya asja asmita assil
astrid ataahua athena audra audrey audri audry augustina augustine aurelia austeja avigail awa aya ayana ayanna aygun
aylin ayn ayse aysel azra azuna barbora barbra bayarmaa bea beatrice beatriz becca becky belinay belinda benita
bernadette bernadine bernice bertha bertie beryl bess bessie bethanie bethany betsy bette bettie bettina bettye beula
beulah bev beverley bianca biljana binita bintou bismah blanca blanche blythe bobbi bobbie boglarka bolormaa bonita
bonnie brandi brandie breanna bree brenna briana brianna brianne bridget bridgett bridgette brigid brigitte britney
britt brittney brittni brittny bronwyn brooke bryanna brynn caitlin caitlyn calista callie camila camile camilla
camille candace candice cara carina carissa carlene carley carlie carlota carlotta carly carmel carmela carmella
carmen carole carolina carrie carrol casandra cassandra cassie catarina caterina catherina cathleen cathryn cathy
catrina cayla cecelia cecile cecilia cecily celeste celia celina celine chandra chanelle chantelle charis charissa
charla charlena charlene charlette charmaine chedeline chelsea chelsey cher cheri cherie chrissy christa christal
christen christiana christiane christie chrystal ciara cierra cindi clair clara clare clarice claris clarissa
claudette claudia claudine cleo cleopatra clotilde coleen colette colleen concepcion connie constance constanza
consuelo cora coralie cordelia cori corina corine corinna corinne cornelia corrine courtney courtni courtny cristal
cristina cyndi dahlia daina dalal damaris damia dana danette dani danica daniela daniele daniella danika daniz daphna
daphne dara darby darcey darcie darla darlena darlene davida davina dayle dayna deana deandra deann deanna deanne deb
debbie debby debora debrah dede dee deedee deena deidre deirdre dela delia delilah della delores deloris delphine
demetria dena denice desiree dhia dianna dianne dina dinah dionne diya djeneba dolores dona dora doreen dorla
dorothea dorthy dottie ecrin edel eden edie edith edna edwina eevi eileen eisha ekta ela elaina elaine elana eleanor
elen elena eleni eliana elicia elida elie elif elin elina elinor elisa elisabeth eliska eliza elizabete elizaveta
ellie elly elma elnora eloise elouise elsa elsie elva elvina elvira ema emanuela emelda emely emerald emile emilee
emilia emilie emilija emina emine emmaline emmanuelle emmeline emmie emmy enid erica ericka erika erma ernestina
ernestine eryn esma esmeralda esperanza estela estele estella estelle ester estere esther estrella ethel etienne etta
eugenia eugenie eunice eva evangelina evangeline evelin evelina evi evie evita ewa fajr fanta farah farida farrah
farzana fatemeh fatiha fatin fatma fatoumata fay faye felecia felicia fenna fernanda fien flora florencia fozia
francesca francina francine francisca francoise freda freja frida frieda gabi gabija gabriela gabriella gabrielle
gale gamalat gamila garnet gayle gemma gena genesis genna georgette georgie georgina geraldina geraldine geri
germaine gertrud gertrude gia gianna gigi gilda gina giovanna gisela gisele giselle gita gladys glena glenda glenna
glynis golda goldie googoosh gracie graciela greta gretchen griselda gunay gunel gwen gwendolyn gwyneth habiba hailey
hala haley hallie hana hanah hanna hariet hariette harmony harriett harriette hasnaa hasti hatice hattie hawa hayley
heidi helena helene helga helmi henrietta hermine hessa hester hilda hildegard himari hoda hollie hortense hosna
hosniya hussa hyacinth ida ila ilene iliana ilina ilona ilse imane imelda imogena imogene indira ines ingrid inji
iona irati irena irma isabel isabela isabele isabell isadora isidora isla islande isobel iva ivaana ivalu ivana iwona
izaro jackie jacky jaclyn jacquelina jacquelyn jada jami jana janae janele janelle janessa janette janie janina
janine janis jaqueline jasmin jasmina javiera jayne jazmin jazmine jeana jeane jeanette jeanie jeanina jeanine jeanna
jeanne jeannette jeannie jeannina jeannine jelena jen jena jenelle jenifer jenna jennette jennie jeri jerri jesica
jess jil jilian jing joana joane joann joanne jocelyn jodi joelle johana johanna joleen jolena jolene joni josefa
josefina josefine joselyn josephina josie jovana joya juana juanita judeline jules juliana julianna julianne julienne
juliet julieta juliette julissa justina justine kabita kacey kadiatou kaede kaitlin kaitlyn kaleigh kali kalle kallie
kamila kamile kanyakumari kara kari karima karina karissa karla karly karolina karyn kassandra kassie kat katarina
katelyn katelynn katerina katharina katharine katherina kathie kathrine kati katia katlyn katrina katy kavita kay
kaye kaylee kayleigh keeley keely keira keisha kejsi keley keli kelley kelli kellie kelsie kely kendra kenna kenza
kera keri kerri khadije khawla kheira khongordzol kia kiana kiara kiera kiersten kiley kimberlee kimberley kimberli
kimmernaq kira kirstin kizzy klea konul kori kourtney krista kristie kristina kristine kristy kristyna krystal kyla
kylee kylie kyra lacey lacie lacy ladona ladonna laia laila lakesha lamija lana lara larisa larissa latasha latifa
latisha latonya latoya laurel laurie lauryn laverna laverne lavinia laxmi lea leana leandra leane leann leanna leanne
leda leena leia leigh leilani leja lejla lela lena lenora lenore leola leona leonie leonora leora lesedi lesley lesli
leslie lesly leticia letitia lettie lex lexie leyla lia lian liana lianne libbie libby lidia lidya liepa lila lili
lilia lilian liliana lilja lillia lillie lilly lin lina lindsay lindsi lindsy lindy lisette liv livia liza lizbeth
lizette lizzie lois lola lolita lora loraina loraine lorelei lorena lorene loretta lorie lorraina lorraine lorri
lorrie lotte lottie louella louisa lovelie luann lucia luciana lucie lucija lucile lucille lucinda luela luella luisa
luise lula lulu lulwa luna lupe lupita luz lydia lyla lyn lyna lynda lyndsey lyne lynette lynna lynne lynnette lynsey
mabel mable macie macy madalyn maddie madeleine madelina madeline madelyn madge madonna mae magda magdalena magdalene
maggie maha maia maire maisie maite maja malak malen malia malika malinda mallory mandakranta manuela mara marcela
marcella marcelle marcia marcie marcy margarette margarida margarita marge margery margie margo margot margret
margrette marguerite mari mariah mariamawit mariami mariana mariane marianna marianne maribel mariela mariella marija
marina maris marisa marisol marissa maritza marla marlena marlene marnie marsha marta martina martine marwa maryam
maryan maryann marybeth maryjane marylou masoumeh mathilde matilda matilde mattie maud maude maura mavis maxina
maxine maybell mayra maysoun mazie mckenzie meagan meg meghan melina melinda melisa mellisa meriem merissa merjem
meron meryem meryl micaela michele midori mika mikaela mila milagros mildred milena milica millicent millie milly
mimi mindy minenhle minerva minh minnie mira miral miranda mirlande mitzi miyar mobina moira mollie mona monika
monique mrignayani muriel mya myra myriam myrlande myrna myrtle naasunnguaq nadene nadina nadya nahia naima nalla
nanette naomie narges natasha nehir nel nela nelisa nell nellie nena nerissa nesreen nia niamh nichole nicki nicky
nicolette niharika nika niki nikita nila nilay nisanur nisha nita nivi noa noella noelle noemi nora norah noreen
norma nouf nour nur nuray nurul nyla octavia odelia odette odval ofelia oisha ola ophelia oumou oyunbileg paige pam
pandora paninnguaq paola parvati patrica patrice patti pattie paulette paulina pauline peggy penelope perla petra
philomena phoebe phylis phyllis pia pipaluk polina polly portia priscila priscilla priyamvada prudence puteri queenie
quiana rabina rachele rachelle rachida rae raina ramona randi rania raquel rayna reanna reba rebeca rebeka rebekah
reem reema regina reihaneh reina rena renae renata renee reta reyna rhea rhiannon rhoda rhona rhonda ria richelle
ricki rikki riko rimas rin rina riya robbin roberta robyn rochele rochelle rocio roghayyeh rolanda ronda roni ronna
rosa rosalie rosalina rosalind rosalinda rosalyn rosanna rosanne roseann roseanne rosella roselle rosemarie rosetta
rosie roslyn rowan rowena roxana roxane roxanna roxanne roxie roxy ruthie saanvi sabina sabine sabrina sade sadie
sahar saida sakeena sakineh sallie salma salome samira sarina savanna savannah scarlett selena selene selina selma
serena serife setayesh sevda sevinj shahd shaikha shaim shaimaa shakira shana shanaya shanda shania shanna shannon
shanon shari sharlene sharron sharyn shauna shawna shayla shayma shayna sheba sheena shelia shelley shelly sheri
sheridan sherifa sherri sherrie sherry sheryl shira shirli shirly shona shristi shyla sierra sillin silvia simona
simone sindy siobhan sita siti skye snezana sobia sofia sofie sofija somayyeh sondra sonja sonya sri stacey staci
stacie stacy starla stefanie stela suha sumayah sunita susana susane susannah susanne susi susie suzan suzana suzane
suzanna suzette suzie suzy sybil sylvia tabatha tabitha tala talia talitha tamar tamera tami tamika tammi tammie
tamra tania tanika tanisha tara tarana taryn tasha tawana tegan teodora tereza teri terri terrie tess tessa tessie
thalia thandolwethu thea thelma theodora therese thomasina tia tiana tianna tiara tiffany tingting tisha toni tonia
tonya tora tori tracey traci tracie tricia trina trish trisha trista trudy tui tula tyra ugne urte usha uxue valeria
valery vanesa veda velma verna vernice veronica vesna vicki vickie vicky vikky viktorie viktorija vilte violeta
viviana vivien vivienne vusala wakana wanda wendi whitney whitni whitny widelene wila wilhelmina willa willow wilma
winifred winnie winnifred winona xiaomei xiaoyan ximena xinyi yael yagmur yan yarin yasmine yelena yesenia ying
yolanda yuina yuna yvette yvona yvone yvonna zada zahra zehra zeinab zelda zelma zena zeynab zeynep zineb zoey zofia
zola zora zsofia
`;

const MORE_MALE = `
aarav abdallah abdel abdoulaye abdullo abdulrahman abe abel abraham abram abu abubakr abulfazl adama adan adi adolf
adolfo adolph adriano advik afonso agustin ahmad ahmet aidan aiden aimar ajani aladdin alain alastair alberto
albrecht alden alec alejandro aleksander aleksandr aleksei alessandro alexandre alexandros alexandru alf alfonso
alfred alistair allan allen alonso alonzo alphonse alphonso alton alvaro alvin amar amine amir amit ammanuel ammar
amos anas anatoli anatoliy anatoly ander andre andreas andrei andrej andres andy angel angelo antoine anton antoni
anwar aputsiaq arata archibald archie ari ariel ariki arjun armaan armand armando armin arnaud arnav arno arnold aron
artem artie artur arturo aryan asahi augusto augustus avery ayaan aykhan aziz bakary balazs bandar bandile banele
barney barrett barry bart bartholomew benito bennie benny benson berat bernard bernardo bernhard bernie bert bertram
bertrand beshoi bibek bilal billie bishal bjorn blake bogdan boyd brad bradford bradley brady branden branislav
brendan brendon brent brenton bret brett brice bruno bryce bryon buddy burt burton buster byron cal caleb calvin
cameron camilo carey carlo carlton carroll cary cecil cedric cesar chad charbel charley chas chester chet christoph
christophe christos ciaran clarence claudio claus clay clayton clemens clement cletus clifford clifton clint clive
clyde cody colby cole colin collin colton connor conor conrad constantin corey cornelis cornelius cory craig
cristiano cristobal curt curtis cyril cyrus daan damien damion damon danilo danny daren darin dario darius darnell
darrel darrell darrin darryl daryl davi deandre deepak dejan delbert demetrius denny deon derrick deshawn desmond
deven devin dewayne dewey dexter diarmuid dieter dietmar dietrich dillon dimitri dimitris dinesh dion dirk domingo
dominic dominick dominik dominykas donnell donnie donny donovan dorian dovydas doyle dragan duane dudley duncan
dustin dwayne dwight dyllan ebenezer eddie edgar edmond edmund edoardo eduard eduardo edwardo edwin efrain efren
eitan elbert eldon eli elias eliot elisha elliot elliott ellis elmer elton elvin elvis elwood emanuel emerson emery
emil emiliano emilio emilis emirhan emmett enoch enrico enrique enzo eoin ergi erich erick erik ernest ernesto ernie
ernst errol ervin erwin esteban eugen evan evens everett evgeny eymen ezra fabien fabio fabrice fabrizio fadi fahd
federico felipe felix feng ferdinand ferdinando fergus fernando fidel filip fionn fletcher florian floyd forrest
francesco francis francisco franciszek frankie franklin franklyn fraser freddie freddy frederic frederick frederik
fredrick fredrik frits fritz fyodor gabe gabreal galen gareth garland garrett garry garth gavin geoff geoffrey georg
georges georgi georgios georgy gerard gerardo gerhard gerrit gerry gert giacomo gilbert gilberto giles gino giorgi
giorgis giovanni godfrey gonzalo goran gord gottfried grady gregg gregor gregorio grover guido guilherme guillaume
guillermo gunnar gunter gunther gus gustaf gustav gustave gustavo gyorgy habib hal halim hamza hank hao harlan harley
harri haruhito haruki haruta haruto harvey hasan hayato hayden heath hector heinrich heitor hendrik henri henrik
henrique henryk herbert herman hermann homer horace horacio horatio hossein howie hubert hugo humberto huseyin huseyn
hussain hydar iain ibai ichika ignacio ike iker ilija inuk inunnguaq ionut ira irvin irving irwin isaiah isaias
ishaan isiah ismael ismail issac itai itsuki jaden jaka jakob jakov jakub jamal jameson jamison jarod jaroslav
jarrett jarrod jarvis jasper jayden jayson jed jeffery jeffry jerald jeremiah jermaine jeronimo jesus jian jimi
jimmie joao joaquin joesph joey johan johann johannes johnathan johnathon johnie johnnie johnny jokubas jonah jonas
jonathon jordi jordon jorge josef josh josiah josue jozef julen julien julio julius kacper kajus kamal kamil kanata
karim kaspar kathem kauri keenan kendrick kenny kenton kermit keven khaled kieran kingsley kip kiril kirill kirollos
klaus konrad kristian kristopher krzysztof kurtis kyls lamar lambert lamont landon laszlo laurence laurent leandro
leevi leland len lennart lenny leonard leonardo leonel leonid leopold lester lethabo levente levi linus lionel lior
lonnie loren lorenzo lou louie lovro lowell lucas luciano lucien ludovic ludvig ludwig luigi luiz luka lukas luther
luuk lyle lyndon maayan macaulay maciej magnus mahamadou mahammad mahdi mahesh majd maksim malachai malachy malcolm
malik mamadou manfred manish manny marcel marcell marcello marcelo marcin marcos mariano marios marius markel marko
markos markus marlin marlon marquis marshall marti martim marty marvin masoud matej mateo matheus mathew mathias
mathis matias matthias mattia mattias matus matyas maurice mauricio maximiliano mehdi mehmet melvin merle merrill
mervin mervyn micah michal micheal mick mickey micky mihai mikaere mikel mikolaj milhouse milton minato minik
mitchell modibo moe mohamad mohamed moises monte monty moritz moses moussa muhamed muhammed murad mustafa mustapha
myles myron nahom nate nathanael nathaniel nathy ned nelson neville nguyen nickolas niels niilo nik nikau nikhil
niklas nikola nikolay niles nils noam noel nojus nolan nomaan norbert nuka octavio oier olav olivier omer ondrej ori
orville osama oskar osman osvaldo oswald otis otto oumar pablo padraig paolo pascal patrik paulie paulo paulos pavel
pavlo percy petar petr petros philipp phillip pieter pietro piotr prakash pravit prem preston pyotr quincy quinton
rachid rafael rainer rajesh ralf ramiro ramon randal randall randolph raoul raphael rashad rasmus raul rawiri rayan
reece reginald regis reid reuben reyansh reynaldo reza rhett ricardo riccardo richie rickey rickie ricky rico riley
roan robbie robby roberto rocco roderick rodger rodolfo rodrigo roel rogelio rohan rolando rolf roman romeo ronan
ronnie ronny rory rosario roscoe royce ruben rubin rudolf rudolph rufus rupert russ russel ryou saeed sal salik
salvatore sami samir samkelo sammie sammy sandeep sandro sanjay santino saqib satoshi saul scot scottie scotty seamus
sekou selim sepp serge seth seymour shahid shaquille shaun shawn shayne sheldon shelton sherman shlomo sid siddhartha
sidney sigmund silas silvio siyabonga slobodan solomon soren souleymane souta stan stanislav stanislaw stefan stefano
stefanos stephan stevie stewart stu suraj suresh sven svend syed sylvester szymon tadgh taha taichi taika tanner
tareq tatsuki teddy terence terrance terrell terrence thad thaddeus theo theodor theodore thiago thom timmy titus
tobias toby tod tomas tomasz tommaso tommie tommy tomoharu trent trenton trey tristan truman tunar turki tyrone tyson
ughur ulrich ulrik ulysses umberto unax uri usman val valentin valentine vance vasily vern vernon vic vicente vihaan
vince vincenzo virgil vivaan vivek vlad vladislav vojtech wallace wally walt waylon wei wendell werner wes weston
wilbert wilbur wiley wilfred wilfredo wilfrid wilfried wilhelm willard willis willy winfried winslow winston wojciech
woodrow wout wouter wyatt xavier xhoel yahli yanis yann yannick yaroslav yassin yassine yevgeni yevgeny yonas yonatan
yonathan yong yosef yousouf youssef yuen yuriy yusif yuuma yuval zac zach zachariah zachery zack zackary zahid
zakaria zan zane zoran
`;

const female = new Set(`${FEMALE} ${MORE_FEMALE}`.split(/\s+/).filter(Boolean));
const male = new Set([...`${MALE} ${MORE_MALE}`.split(/\s+/).filter(Boolean), ...INITIALS_FIRST_NAMES]);

// Thirty thousand names: split on first use, so loading the engine stays cheap.
let registered: Map<string, 'f' | 'm'> | undefined;
function registeredGender(w: string): 'f' | 'm' | undefined {
  if (!registered) {
    registered = new Map();
    for (const name of REGISTER_FEMALE.split(/\s+/)) if (name) registered.set(name, 'f');
    for (const name of REGISTER_MALE.split(/\s+/)) if (name) registered.set(name, 'm');
  }
  return registered.get(w);
}

/** `'f'` or `'m'` for a common given name, undefined for an unknown or ambiguous one. */
export function firstNameGender(word: string): 'f' | 'm' | undefined {
  const gender = givenNameGender(word);
  return gender === 'both' ? undefined : gender;
}

/** Whether `word` is a known given name, whether or not it says a gender ("Pat", "Robin", "Kim"). */
export function isGivenName(word: string): boolean {
  return givenNameGender(word) !== undefined;
}

// Given names borne by men and women alike in English-language news, whatever gender a register files them
// under ("Presiding commissioner Rowan Kellerman … he said"): they leave the gender to the text. (Ghana's "Nana",
// a given name and a chief's or queen mother's title alike: "Nana Adjei Boakye II"; Bryn, a Welsh man's name and
// an American woman's.)
const EITHER = new Set('pat jan kim lee rowan jamie charlie taylor casey jordan alex morgan riley avery quinn dana leslie sasha ashley hayden peyton kerry jody frankie billie sidney sydney nana bryn'.split(' '));

function givenNameGender(word: string): 'f' | 'm' | 'both' | undefined {
  const w = word.toLowerCase();
  if (EITHER.has(w)) return 'both';
  const f = female.has(w);
  const m = male.has(w);
  if (f !== m) return f ? 'f' : 'm';
  if (f) return 'both';
  const registered = registeredGender(w);
  // ("Pádraig", "Siobhán", "Mairéad": the lists spell most names without their accents)
  if (registered === undefined && NON_ASCII.test(w)) {
    const folded = w.normalize('NFD').replace(COMBINING_MARKS, '');
    if (folded !== w) return givenNameGender(folded);
  }
  return registered;
}

const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
