/**
 * vague-attribution: a claim sourced only vaguely ("reportedly", "allegedly", "sources say",
 * unnamed officials). Docs: docs/rules/vague-attribution.md.
 */
import { vagueSources } from '../claims/claim-findings.js';
import { shorten } from '../text/excerpt.js';
import type { VagueSource } from './findings.js';
import { defineRule } from './rule.js';

export const vagueAttribution = defineRule<VagueSource, 'vague-attribution'>({
  code: 'vague-attribution',
  defaultSeverity: 'information',
  scope: 'report',
  summary: 'A claim is sourced only vaguely ("reportedly", "sources say", unnamed officials).',
  check: ({ analysis }) => vagueSources(analysis),
  message: (f) => (f.adverb !== null
    ? `Vaguely sourced claim: '${f.adverb}' does not name who says so`
    : `Vaguely sourced claim: the source '${shorten(f.source ?? '', 80)}' is not named`),
  // Cases from the seeds, and sentences adapted from ECB+ reports (CC BY 3.0) where noted by their wording.
  cases: [
    { name: '"reportedly" covers its clause only', text: '[[Beijing is also reportedly “deeply concerned” about the conflict]], which has now seen more than 31,000 Palestinians killed.' },
    { name: '"allegedly" before a quote', text: '[[Wang allegedly "emphasized that the Hamas movement is part of the Palestinian national fabric."]]' },
    { name: 'unnamed officials', text: '[[Israeli officials said the army had destroyed more than 300 tunnels]].' },
    { name: 'an unnamed top official', text: '[[Yet a top official in Israel has pledged to enter Rafah “even if the entire world turns on Israel.”]]' },
    { name: '"is said to"', text: '[[The minister is said to have approved more than 300 permits]].' },
    { name: '"by one estimate"', text: '[[In the north, 300,000 acres of forest have been damaged by mining, by one estimate]].' },
    { name: '"is believed to"', text: '[[The Angels are believed to have offered at least $160 million]].' },
    { name: 'critics imputing a motive to a named man described between commas', text: '[[Some critics said Felt, a J. Edgar Hoover loyalist, was bitter at being passed over]].' },
    { name: 'anonymous sources', text: '[[It was then that agent Scott Boras asked for an eight-year contract worth $200 million, sources said]].' },
    { name: 'unnamed officials, with no named body nearby', text: '[[Police officials said a second package was found near Penn Station]].' },
    { name: 'unnamed officials whose claim a named source only touches on later', text: '[[Repairs to the bridge cost $2 million, officials said]].\nMayor Elena Ruiz said the bridge was never unsafe.' },
    { name: 'a definite description with no one named before', text: '[[The official said relief teams had reached Qeshm]].' },
    { name: '"as" an unnamed source "pointed out"', text: '[[Hawaii, as one of Mr. Obama\'s climate advisers pointed out, normally does not get back-to-back hurricanes]].' },
    { name: 'a vague source reporting a named one', text: '[[French police say armed robbers cleaned out a jewelry store in Paris, news organizations report]].' },
    { name: 'unnamed officials beside state media', text: '[[Ten people were killed and at least 50 injured when an earthquake razed villages on Qeshm off Iran\'s southern coast Sunday, officials and state media said]].' },
    { name: 'only the clause an unnamed source leads after "and"', text: 'The main town on Qeshm still has power [[and officials say they are sending relief goods to Qeshm]].' },
    { name: '"allegedly" in a relative clause that is the claim', text: 'LaRue was present at a 1972 meeting with Mitchell in Key Biscayne, Fla., [[where the plan to break into the Watergate complex in Washington allegedly was hatched]].' },
    { name: 'an unnamed person a relative "who" refers to', text: '[[Police spoke to a woman who said the gunman fled on foot]].' },
    { name: 'named speakers', text: 'Wang said the talks were useful, and the ministry confirmed it.' },
    { name: 'a named committee', text: 'A web video by the Republican National Committee references four cases in which Kaine defended people accused of rape or murder.' },
    { name: 'a spokeswoman of a named person', text: 'A spokeswoman for Hillary Clinton says the campaign raised more than $5 million.' },
    // a named person, outlet or document
    { name: 'a named prosecutor after "according to"', text: 'He did not appear, as he was considered a risk to other people, according to crown prosecutor Susan Carter.' },
    { name: 'a title and a name', text: 'The shooter used a rifle, Troy police Lt. Gerry Scherlinck said.' },
    { name: 'a name described between commas', text: 'Detective Dawn Retzlaff, one of the two lead detectives on the case, said investigators were happy with the verdict.' },
    { name: 'a name before a relative clause', text: 'Luke Pigeon, who lives in an apartment building next door, said he did not hear a gunshot.' },
    { name: 'a document of a named party', text: 'The pirate boats tried to escape, according to a statement from the Indian government.' },
    { name: 'records', text: 'According to real estate records, the couple bought and sold three homes last year.' },
    { name: 'a name after its description', text: 'The Dow fell 3 percent, said Bell Curve Trading chief strategist, Bill Strazzullo.' },
    { name: 'lawyers for a named party', text: 'Charlotte police have no plans to release the recordings, according to attorneys for the Scott family.' },
    { name: 'the analysis a source belongs to', text: 'Donations to super PACs hit nearly $1.1 billion, a USA TODAY analysis of newly filed campaign-finance reports shows.' },
    { name: 'the report names who reported it', text: 'The trade rumor being reported, most recently by John Perrotto at Baseball Prospectus, is likely dead.' },
    // a body speaking
    { name: 'a named hospital\'s representative', text: 'Russell was taken to OHSU Hospital. A hospital representative said Russell is in intensive care.' },
    { name: 'the spokesperson the report introduced', text: 'The Navy spokesperson said 23 pirates were caught. A search for others was in progress, the spokesperson said.' },
    { name: 'officers of a named body', text: 'Marfin Bank officials told Reuters one of the victims was pregnant.' },
    { name: 'collective officials framed by a named body in the next sentence', text: 'Detectives said the two women were found with head injuries. Cumbria Police said a man had been charged.' },
    { name: 'officials of a body the report cites', text: 'A Los Angeles County Sheriff\'s Department deputy died after a shooting Friday afternoon in Hawaiian Gardens, according to the sheriff\'s department.\n\nSheriff\'s officials said the second deputy was injured when he fell.' },
    { name: 'officials of a company the report names', text: 'Mobile phone service between Europe and Asia on Orange was also disrupted, the Bloomberg article said. Orange officials told Bloomberg that at one point as much as 55 percent of voice traffic in Saudi Arabia was out of service.' },
    { name: 'a spokesman of the body the passage cites', text: 'The company said it was sending a ship to fix the lines. Most business-to-business traffic between Europe and Asia was being rerouted through the United States, the firm said. Sixty-five per cent of traffic to India was down, a spokesman said Friday evening.' },
    { name: 'state media', text: 'The 6.1-magnitude quake struck Qeshm island, home to 120,000 people, and the city of Bandar Abbas, state media said.' },
    { name: 'the organizers of the event', text: 'Comedian Ellen DeGeneres will make her second appearance as an Academy Awards host next year, organizers said on Friday.' },
    { name: 'a group one named member then speaks for', text: 'Others believe that the losses were a way of emotionally responding to the events of Black Monday.\n“I think we\'re responding emotionally to the 20th anniversary of the October 1987 stock market crash,” said T Rowe Price Head trader, Andy Brooks.' },
    { name: 'collective officials framed by a named person whose title names the body', text: 'An explosion at a bank killed a police officer, officials said Saturday.\n“That person is dangerous and needs to be found as soon as possible,” said Oregon State Police Lt. Gregg Hastings.' },
    { name: 'authorities framed by a named sergeant of a county body (a possessive before the title)', text: 'A suspect has been arrested in the killing of a deputy, authorities said today.\nJose Luis Orozco was arrested just before midnight, Los Angeles County sheriff\'s Sgt. Don Manumaleuna said.' },
    { name: 'unnamed officials whose claim a named spokesman states two sentences on (26_9ecbplus)', text: 'Vincent Gigante, the powerful mob boss, died Monday in prison, federal officials said.\n\nHe was 77.\n\nGigante died at the U.S. Medical Center for federal prisoners in Springfield, Mo., said prison spokesman Al Quintero.' },
    { name: '"reportedly" before a named source states the claim (MEANTIME 79240)', text: 'Ford Motor Company will reportedly pay $57 million for a 72.4 percent stake in the Romanian plant, a Romanian official said Friday.\n“The offer of Ford Motor Company for a 72.4 percent stake is $57 million overall,” said Sebastian Vladescu, head of the State Property Agency.' },
    { name: 'a title the report tied to a named person', text: 'The governor of Qeshm, Mehdi Irannejad, told ISNA that two villagers were hurt.\n\nRelief teams have reached the quake site, the official said.' },
    // "reportedly" and "allegedly" whose reporter is named
    { name: '"allegedly" in what police said', text: 'A 61-year-old man was charged with murder Saturday after allegedly opening fire at the party, police said.' },
    { name: '"is accused of" in what a named constable said', text: 'Constable Tim Fanning said Eric Kirkpatrick, who had been fired, is accused of shooting Benjamin Banky.' },
    { name: '"allegedly" hedging a charge', text: 'Hiller is also charged with attempted murder for allegedly shooting a third co-worker.' },
    { name: '"is accused of" with the court case told around it', text: 'A man has denied arson following a fire at a Somerset supermarket early on Sunday.\nRobert Pitman, 24, is accused of setting fire to the Waitrose store in Wellington shortly after 06:00 BST.\nHalf of the entrance roof at the shop collapsed during the blaze.\nMr Pitman entered a not guilty plea at Taunton Deane Magistrates and was remanded in custody.' },
    { name: '"reported" inside a quote', text: '“So far only the collapse of walls has been reported,” Governor Mehdi Irannejad told ISNA.' },
    { name: 'a vague source relayed by a named one', text: 'Witnesses said the shooter used a shotgun, Troy police Lt. Gerry Scherlinck said.' },
    { name: 'words said in court', text: 'A man walked into his old office with a shotgun, a police sergeant said Wednesday during the arraignment.' },
    // no source at all
    { name: 'the sentence\'s actors', text: 'Deputies believed they knew where Orozco was hiding and obtained a search warrant.' },
    { name: 'a source in a subordinate clause', text: 'Stock indexes reacted favorably after several national banks announced a joint effort to pump money into the markets.' },
    { name: 'an act, not a claim', text: 'Other companies also reported February sales today, nearly all reporting gains.' },
    { name: 'an act, with a chant further on', text: 'Small groups of protesters continued to call for an inquiry into the shooting of Keith Scott, marching around the stadium while chanting, “No justice, no peace.”' },
    { name: 'an act, with an age further on', text: 'Supporters of Mayor Smith have also questioned the health of Governor Jones, who is 70.' },
    { name: 'a comparison', text: 'The increase was better than analysts had predicted.' },
    { name: 'speakers in a subordinate clause', text: 'Mr. Gigante sat in a wheelchair, looking blankly into space as witnesses testified and lawyers argued.' },
    { name: 'a figure of speech', text: 'General manager Tony Reagins has sounded like a broken record saying that Teixeira was his top priority.' },
    { name: '"reported" as an event called in', text: 'Gunfire was reported at about 3 p.m. in the Hawaiian Gardens area.' },
    { name: 'an idiom', text: 'That being said, it is Crystal\'s thing.' },
    { name: 'a hypothesis', text: 'If the assessment is thought to have been carried out badly, the owner can face a fine.' },
    // the clause the source does not speak
    { name: '"reportedly" in an aside of words a named source reports', text: 'According to Magruder\'s testimony before the Senate Watergate committee - - an account reportedly confirmed by LaRue - - he and LaRue worked in lock-step with Mitchell and Mardian to concoct a coverup story.' },
    { name: '"supposedly" in an aside further into a named source\'s words', text: 'The studio wants New Moon in theaters in 2010, [[but has said it will not rush production before the script (the initial draft of which Hardwicke supposedly had problems with) is the best it can be]].' },
    { name: 'a rumour in a relative clause inside the claim', text: 'Fred LaRue, a Watergate figure and high-ranking Nixon administration official who once was rumored to be Deep Throat, has died of natural causes.' },
    { name: 'an accusation in a relative clause inside the claim', text: 'The shooting came just weeks after a driver who had been accused of stealing from a Manchester, Conn., beer distributorship fatally shot eight people.' },
    { name: 'a relative clause after the source\'s content', text: '[[Unions say low-income Greeks will suffer from the latest austerity measures]], which aim to save 30 billion euros.' },
    { name: 'a clause before a leading cue', text: 'A co-worker has been charged in the 1967 slayings in Staunton, [[but authorities said the suspect Hiller is near death]].' },
  ],
});
