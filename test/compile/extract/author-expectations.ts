// Hand-checked expectations for four of the bundled author's posts: the entities a reader clearly
// expects a page for, with their types, and capitalised strings that must not become pages.
import type { EntityType } from '../../../src/types.js';

export interface PostExpectation {
  /** Prefix of the raw/ file name. */
  post: string;
  entities: [string, EntityType][];
  nonEntities: string[];
}

export const AUTHOR_EXPECTATIONS: PostExpectation[] = [
  {
    post: '2026-03-22-the-week-ai-learned-to-do-its-own-research',
    entities: [
      ['Andrej Karpathy', 'person'], ['AutoResearch', 'product'], ['David Ng', 'person'], ['Qwen2.5-32B', 'model'],
      ['Devstral-24B', 'model'], ['724-Office', 'product'], ['LanceDB', 'product'], ['Context Infrastructure', 'product'],
      ['Jetson Orin Nano', 'product'], ['GPT-4', 'model'], ['DeepSeek', 'company'], ['Circuit Finder', 'product'],
      ['NVIDIA Kimodo', 'product'], ['Claude', 'model'], ['GitHub', 'company'], ['Python', 'product'],
    ],
    nonEntities: ['What This All Means', 'Something', 'Layer 1', 'Meanwhile', 'Three', 'Immutable', 'Step'],
  },
  {
    post: '2026-04-01-when-bigger-models-get-dumber',
    entities: [
      ['Qwen3-8B', 'model'], ['DeepSeek-Distill-Qwen-7B', 'model'], ['Olmo3-7B-Instruct', 'model'], ['Intern-S1-Pro', 'model'],
      ['Shanghai AI Lab', 'organization'], ['SpecEyes', 'product'], ['GPT-4', 'model'], ['Gemini', 'model'], ['Llama', 'model'],
      ['Qwen', 'model'], ['Claude', 'model'], ['OpenAI', 'company'],
      ['Emergent Social Intelligence Risks in Generative Multi-Agent Systems', 'paper'],
    ],
    nonEntities: ['Strategic', 'Deceptive', 'Negotiation-like', 'Why', 'What Ties These Together', 'Agent A', 'Agent B'],
  },
  {
    post: '2026-04-24-solving-hallucination-where-the-research-stands',
    entities: [
      ['ReDeEP', 'paper'], ['OpenAI', 'company'], ['MIT', 'organization'], ['Vectara', 'company'],
      ['Vectara Hallucination Leaderboard', 'benchmark'], ['Lexis+ AI', 'product'], ['MedHallu', 'benchmark'],
      ['PHANTOM', 'benchmark'], ['AgentHallu', 'benchmark'], ['AA-Omniscience', 'benchmark'], ['Chain-of-Verification', 'paper'],
      ['HaluAgent', 'product'], ['Anthropic', 'company'], ['Large Legal Fictions', 'paper'], ['BullshitBench v2', 'benchmark'],
      ['Galileo', 'company'], ['Patronus AI', 'company'], ['Cleanlab', 'company'], ['Nava', 'company'], ['OWASP', 'organization'],
      ['MEGA-RAG', 'product'], ['ICLR', 'event'],
    ],
    nonEntities: ['Legal', 'Medical', 'Financial', 'Training-time', 'Inference-time', 'Cascading', 'Internal', 'Planning', 'Retrieval'],
  },
  {
    post: '2026-05-06-the-emerging-communication-stack-for-agents',
    entities: [
      ['Vapi', 'company'], ['Bland AI', 'company'], ['Retell AI', 'company'], ['ElevenLabs', 'company'], ['OpenAI', 'company'],
      ['LiveKit', 'company'], ['Pipecat', 'product'], ['Hume AI', 'company'], ['PolyAI', 'company'], ['Parloa', 'company'],
      ['Cognigy', 'company'], ['Sesame', 'company'], ['Brendan Iribe', 'person'], ['Cartesia', 'company'], ['Deepgram', 'company'],
      ['AssemblyAI', 'company'], ['Resend', 'company'], ['AgentMail', 'company'], ['Notion', 'company'], ['Grammarly', 'company'],
      ['Superhuman', 'company'], ['Twilio', 'company'], ['Bird', 'company'], ['Telnyx', 'company'], ['Sinch', 'company'],
      ['Slack', 'product'], ['Salesforce', 'company'], ['Agentforce', 'product'], ['Microsoft Teams', 'product'], ['Sierra', 'company'],
      ['Bret Taylor', 'person'], ['Clay Bavor', 'person'], ['Decagon', 'company'], ['Intercom', 'company'], ['Cresta', 'company'],
      ['Klarna', 'company'], ['Sebastian Siemiatkowski', 'person'], ['Linux Foundation', 'organization'],
      ['Agentic AI Foundation', 'organization'], ['Anthropic', 'company'], ['Google', 'company'], ['Microsoft', 'company'],
      ['Model Context Protocol', 'protocol'], ['A2A', 'protocol'], ['AG-UI', 'protocol'], ['CopilotKit', 'company'],
      ['AGNTCY', 'organization'], ['NANDA', 'protocol'], ['Ramesh Raskar', 'person'], ['IBM', 'company'], ['NLIP', 'protocol'],
      ['Letta', 'company'], ['Goose', 'product'], ['Eoghan McCabe', 'person'], ['11x.ai', 'company'], ['Artisan AI', 'company'],
      ['Tiger Global', 'company'], ['Bloomberg', 'company'], ['LangChain', 'company'], ['WhatsApp Business', 'product'],
    ],
    nonEntities: ['Voice', 'Email', 'Outbound', 'The inbox apps', 'What 2028 looks like', 'Series B', 'Fortune 500', 'December', 'Standard'],
  },
];
