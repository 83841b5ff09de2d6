import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of mistakes met in the twentieth round (blind21's, blind25's and
// blind26's misses read as families).

const families: Array<[family: string, cases: Case[]]> = [
  ['an interview\'s interviewee is never someone its questions or answers talk about', [
    ['"You’ve said Rourke was …?": whom a question names is whom it asks about', 'Tessa Quill Is Still Restless\n\nAt 70, the cellist is recording again. She talked with us about Alan Rourke and touring.\n\nIt is noon and Tessa Quill is tuning. “I never practise scales,” Quill says. She grew up in Fenwick. At sixteen she wrote to the conductor Alan Rourke, who hired her.\n\nThis interview has been edited and condensed.\n\nYou’ve said Rourke was your great teacher. What did he teach you?\n\nPatience, mostly. He would wait for you to panic.\n\nAnd the new record?\n\nIt is quieter. I stopped needing to prove things.', 'Patience, mostly. He would wait for you to panic.', 'Tessa Quill'],
    ['"Q: Ms Arden, why …?": a question that addresses its interviewee by name', 'Lina Arden runs the food bank. We asked her about the winter.\n\nQ: Ms Arden, why is demand so high?\n\nA: Rents went up again in March.\n\nQ: What do you need?\n\nA: Volunteers, mostly. And tinned fish.', 'Rents went up again in March.', 'Lina Arden'],
  ]],
  ['a document the narrative names speaks for whoever wrote it', [
    ['"She keeps the letter Rourke sent her. “…,” it reads."', 'Tessa Quill met the conductor Alan Rourke in 1990. Drummer Kit Vance joined later. “Get it fixed,” Vance said.\n\nShe still keeps the letter Rourke sent her after the tour. It hangs in her kitchen. “You play like you are late for a train,” it reads. “Stay, and I will take you back.”', 'You play like you are late for a train,', 'Alan Rourke'],
    ['"… it reads. “…”": the words after are the letter\'s too', 'Tessa Quill met the conductor Alan Rourke in 1990. Drummer Kit Vance joined later. “Get it fixed,” Vance said.\n\nShe still keeps the letter Rourke sent her after the tour. It hangs in her kitchen. “You play like you are late for a train,” it reads. “Stay, and I will take you back.”', 'Stay, and I will take you back.', 'Alan Rourke'],
  ]],
];

for (const [family, cases] of families) table(family, cases);
