// Common given names from many languages; a two- or three-word name starting with one reads as a person.

/** A set of lower-case names that also finds a name written with accents (`sébastien`, `zoë`). */
class AccentFoldingSet extends Set<string> {
  override has(name: string): boolean {
    return super.has(name) || (/[^\x00-\x7f]/.test(name) && super.has(name.normalize('NFD').replace(/\p{M}/gu, '')));
  }
}

export const FIRST_NAMES: ReadonlySet<string> = new AccentFoldingSet(
  `
aaron abby abdul abhishek abigail ada adam adele adi aditya adrian adriana ahmed ahmad aidan aiden aisha akash akira alan alana
albert alberto alec alejandro aleksandr alex alexa alexander alexandra alexandre alexandr alexei alexis alfred ali alice alicia
alison allan allen allison alvin amanda amar amber amelia amir amit amy ana anand anastasia anders andre andrea andreas andrei
andrej andres andrew andrey andy angela angelica angus anil anita anja ankit ann anna anne annie anthony anton antonio anya anuj
archie ari ariana arjun arnold arthur arun arvind asha ashish ashley ashok ashwin audrey aurora austin ava avi avery axel ayesha
balaji barbara barry bart beatrice beau becky belinda ben benedict benjamin bernard bernie beth betty bianca bill billy bob
bobby boris brad bradley brandon brenda brendan brent bret brett brian bridget brittany brooke bruce bruno bryan caitlin caleb
calvin cameron camila carl carla carlos carmen carol caroline carolyn carrie casey cassandra catherine cathy cecilia cedric
celine chad chandra charles charlie charlotte chelsea chen cheng cheryl chester chloe chris christian christina christine
christopher chuck cindy claire clara clare clark claudia clay clayton clement cliff clifford clint clive cody colin connor
conor constance cooper corey courtney craig cristina curtis cynthia dale dalton damian dan dana daniel daniela danielle danny
dario darius darren dave david dawn dean debbie deborah deepak deepika demis denis denise dennis derek devi devin dhruv diana
diane diego dilip dimitri dina dinesh dmitri dmitry dominic dominik don donald donna doris dorothy doug douglas drew duncan
dustin dylan ed eddie edgar edith edmund eduardo edward edwin eileen elaine eleanor elena eli elias elijah elise eliza
elizabeth ella ellen ellie elliot elliott elon emeka emil emilia emily emma emmanuel enrique eoghan eric erica erik erin ernest
esther ethan eugene eva evan evelyn fabian faisal farah fatima federico felicity felipe felix fernando fiona florence francesca
francesco francis francisco frank franklin fred frederick gabriel gabriela gabrielle gail ganesh gareth garrett gary gavin
gayle geoff geoffrey george georgia gerald gerard gianluca gina giovanni giulia glen glenn gloria gordon grace graham grant
greg gregory greta guido guillaume gustavo guy hailey hamid hana hannah hans harold harper harris harrison harry harvey
hassan hayden heather hector heidi helen helena henrik henry herbert hiroshi holly howard hugh hugo hyun ian ibrahim igor
ilya imran ingrid irene iris isaac isabel isabella isabelle ishaan ivan ivy jack jackie jackson jacob jacqueline jade jaime
jake james jamie jan jane janet janice jared jason jasmine javier jay jayden jean jeff jeffrey jen jenna jennifer jenny jens
jeremy jerome jerry jess jesse jessica jesus jill jim jimmy jin jing joan joanna joao jocelyn jodi joe joel johan johann john
johnny jon jonah jonas jonathan jordan jorge jose joseph josh joshua joy joyce juan judith judy jules julia julian juliana
julie julien julio june jun justin kai kamal kanye kara karan karen kari karim karl karthik kate katherine kathleen kathryn
kathy katie katrina kay keith kelly kelsey ken kenji kenneth kent kerry kevin khalid kim kimberly kirk kiran kristen kristin
kumar kunal kurt kyle lakshmi lana lance lara larry laura lauren laurence lawrence leah lee leila lena leo leon leonard
leonardo leslie lewis li liam lily lin linda lindsay lindsey lisa liz lloyd logan lois lorenzo louis louise lucas lucia
lucy luis luka lukas luke lydia lynn madeline madison maggie mahesh malcolm mandy manish manoj manuel marc marcel marco
marcus margaret maria mariana marie marina mario marion mark marta martha martin marty mary mason mateo matt matteo matthew
maureen max maxim maxime maya megan mehmet mei melanie melissa meredith mia michael michel michelle miguel mike mikhail
mila miles min ming miranda mitchell mohamed mohammad mohammed molly monica morgan muhammad murali murray mustafa nadia nancy
naomi narendra nat natalia natalie natasha nathan nathaniel naveen neal neel neha neil nelson nicholas nick nicola nicolas
nicole nigel nikhil nikita nikola nina nisha noah noam noel nora norman oleg olga oliver olivia omar oren oscar owen pablo
paige pamela paolo parker patricia patrick paul paula pauline pavel pedro peggy penny percy pete peter philip philippe
phillip phoebe pierre pieter pooja prakash pranav prashant pratik preeti priya priyanka quentin quinn rachel rafael
rahul raj rajesh rajiv ralph ramesh ramon rana randall randy raphael rashid ravi ray raymond rebecca reed reggie reid rene
rhys ricardo richard rick rob robert roberto robin rocco rod rodney rodrigo roger rohan rohit roland roman ron ronald rosa
rose ross roy ruby rudy rui russ russell ruth ryan sabrina sachin sadie sahil sally salman sam samantha samir samuel sandeep
sandra sanjay santiago santosh sara sarah sasha satya saul scott sean sebastian selena sergei sergey seth shane shannon
sharon shaun shawn sheila shelby sheryl shirley shiv shreya shubham sid siddharth silvia simon simone sofia sonia sophia
sophie spencer stacy stan stanley stefan stefano stella stephan stephanie stephen steve steven stuart sudhir sue sumit
sundar sunil sunita susan suzanne sven sydney sylvia tamara tammy tanya tara tariq ted teresa terry tess thomas tiffany tim
timothy tina toby todd tom tommy tony tracy travis trevor tristan troy tyler uma valentina valerie vanessa varun vera veronica
victor victoria vijay vikram vincent vinod violet vishal vivek vladimir wade walter wang wayne wei wendy wesley will william
willie wilson xavier xi xin yan yang yann yash yasmin yi ying yoshua yuki yuri yusuf yvonne zach zachary zara zhang zoe
dirk piet henk joost wouter sjoerd maarten bram thijs ruud geert koen willem jeroen lars bjorn björn klaus jurgen jürgen
uwe dieter wolfgang helmut matthias tobias florian niklas timo jannik frederik mads magnus nils olaf rasmus soren søren
mikko jussi juha pekka ville antti matti heikki kimmo jacques luc yves benoit benoît thierry olivier mathieu francois
françois giuseppe luca alessandro riccardo davide joão tiago sergio raul raúl wojciech piotr krzysztof tomasz agnieszka
katarzyna pawel paweł jakub michal michał nikolai
abraham adaeze adebayo adewale ahmet akosua alessia alfonso alina aliyu amara amina amos angelo anika anouk arash arnav
astrid ayodele babajide bartosz beatriz bilal bogdan bongani cem charity chiara chidi chinedu chioma ciaran cosmin cyrus
dagny dawit declan dejan delphine demetrius desmond dimitris efua elif elvira emre ernesto eszter ezekiel ezra femi filip
finn folake gideon giorgio gonzalo gunnar gustav hannes haruki helga idris ifeoma ikenna imani ismail jakob jelena
jiho joaquin josefa jovan kaito karina kasper kerstin kofi kojo kwabena kwame leopold ludwig malik marek marius miriam
moses nasser ngozi nkechi noor obinna oksana olumide oskar petra radek rahel rania roxana rustam saanvi salma sebastien
shira sigrid sipho solomon svetlana tatiana thabo themba tomas uchenna ugo vusi wanjiru yara yaw yetunde yosef zainab zanele
zeynep zoltan
pat phil stu vic wes gus hank herb lou ned pam tod walt jensen masayoshi mira
lea jarred jony gabe guillermo addy meg chet zane yannick stephane jerome zoe chloe renee noemie aurelien theo elodie
markus rudolf rudi shari laszlo carsten hildegard jorn jörn takeshi jukka ulrich ulrike janne bernd gerhard gunter
günter joerg jörg karsten kirsten lutz manfred mathias reinhard reiner rainer ralf siegfried stefanie steffen
thorsten torsten volker werner wilhelm detlef ekkehard elke friedrich gottfried heiko hinrich irmgard
jochen kai-uwe katja klaus-peter konrad lothar marianne matthäus meike nadja norbert ortwin otto rüdiger sönke
swen tilman ute waltraud wiebke grzegorz łukasz malgorzata małgorzata marcin mateusz zbigniew zsolt gabor gábor
istvan istván janos jános ferenc tamas tamás attila csaba mihai radu sorin vlad ionut alexandru jiri jiří petr
ondrej ondřej vaclav václav jaroslav miroslav aleksei anatoly evgeny yevgeny gennady konstantin ruslan stanislav
valentin vasily viktor yaroslav yury natalya tatyana yulia burak deniz ayse ayşe fatma kemal murat ozan serkan selin
reem tarek walid yousef youssef ziad nabil hamza hussein farhan noura osama shadi gaurav girish harish hemant jagdish
mohan nitin pankaj pradeep prasad sameer sanjeev satish shankar shashi shweta suresh tarun uday vinay yogesh aniket
anirudh anupam bhavin chetan darshan gopal hari indira jayant kavita kishore madhav mukesh nandini radhika
rakesh ranjit rekha sangeeta saurabh seema shalini sneha sonal swati tushar li-wei qiang xiao xu yong yu zhi zhong
jae ji-hoon jun-ho min-jun seo-yeon yeon hideo hiroki kazuo koji makoto masahiro naoki ryo satoshi shinji tetsuya
yoshiro yusuke nguyen minh thanh tuan huong linh colton brock landon wyatt sheri terri trish dottie bettina
brigitte gisela gudrun hannelore ilse inge
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Very common family names from many languages; a capitalised given name before one reads as a person
 * even when the given name is missing from the list above or is also a dictionary word (`Ion`, `Viral`).
 */
export const SURNAMES: ReadonlySet<string> = new AccentFoldingSet(
  `
smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin jackson thompson white harris
clark lewis robinson walker young allen king wright scott hill green adams baker nelson carter mitchell roberts turner
phillips campbell parker evans edwards collins stewart morris rogers reed cook morgan bell murphy bailey cooper richardson
cox howard ward peterson gray james watson brooks kelly sanders price bennett wood barnes ross henderson coleman jenkins
perry powell long patterson hughes flores washington butler simmons foster gonzales bryant alexander russell griffin hayes
myers ford hamilton graham sullivan wallace west cole jordan reynolds fisher ellis harrison gibson mcdonald cruz marshall
garcia rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres rivera gomez diaz reyes morales ortiz
gutierrez chavez ramos ruiz alvarez castillo jimenez vasquez romero herrera medina aguilar vargas castro fernandez
silva santos oliveira souza pereira costa carvalho almeida ferreira rossi russo ferrari esposito bianchi romano colombo
muller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter klein wolf neumann
schwarz zimmermann braun hofmann hartmann lange krause werner lehmann kaiser fuchs peters jansen janssen dejong devries
bakker visser smit meijer dubois durand leroy moreau simon laurent lefebvre michel bernard petit roux fontaine
ivanov smirnov kuznetsov popov sokolov lebedev kozlov novikov morozov petrov volkov kowalski nowak wisniewski
nielsen hansen pedersen andersen larsen johansson karlsson nilsson eriksson larsson olsen berg lindberg virtanen korhonen
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie tang han cao deng feng
zeng peng xiao cai pan tian dong yuan jiang ye du su wei cheng lu ding shen ren yao fu zhong tan lam wong chan leung cheung
ng ho yeung lau tsang kwok chow kim lee park choi jung kang cho yoon jang lim shin oh seo kwon hwang ahn song yoo hong jeon
nguyen tran le pham hoang phan vu dang bui do ngo duong ly
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue
kimura hayashi shimizu yamazaki mori abe ikeda hashimoto ishikawa ogawa okada hasegawa murakami kondo
patel shah singh kumar sharma gupta verma mehta joshi reddy rao iyer nair menon pillai das bose banerjee chatterjee
mukherjee ghosh chopra kapoor malhotra agarwal jain desai kulkarni bhat chaudhary mishra pandey srinivasan krishnan
khan ahmed ali hussain rahman hassan ibrahim mohamed yilmaz kaya demir cohen levi friedman katz goldberg
`
    .split(/\s+/)
    .filter(Boolean),
);
