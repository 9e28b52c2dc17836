// Where this round's rules stop (the over-reach a review found): software described as a broker, shipper or utility;
// departments and institutes before a list; a second body after an ampersand; list introductions that are sentences;
// products that expand or describe; firms and products named like capes and oceans; acronyms shaped like legal forms;
// products for a country; an editor that is no office; head-of-line blocking; a library called Cabinet; firms' services.
import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers.js';

const typeOf = (text: string | string[], name: string): string | undefined => find(entitiesOf(Array.isArray(text) ? text : [text]), name)?.type;

describe('limits of the rules on offices, services and lists', () => {
  it('keeps message brokers, log shippers and forwarders and command-line utilities products', () => {
    expect(typeOf('RabbitMQ, a message broker written in Erlang, handles it. Redpanda, a Kafka-compatible broker, is faster.', 'Redpanda')).toBe('product');
    expect(typeOf('We use message brokers such as Pulsar and NATS for this.', 'Pulsar')).toBe('product');
    const es = entitiesOf(['Zoxide, a small utility for jumping between directories, is great. Filebeat, a lightweight log shipper, too. Fluent Bit, a lightweight log forwarder, also.']);
    for (const n of ['Zoxide', 'Filebeat', 'Fluent Bit']) expect(find(es, n)?.type).toBe('product');
  });

  it("keeps a department's or institute's name whole before a list of other bodies", () => {
    const es = entitiesOf([
      'Funding came from the Department of Defense, NASA and NIST.',
      'Grants from the National Institutes of Health, NSF and DARPA helped, and Massachusetts Institute of Technology, Stanford and Harvard joined.',
    ]);
    for (const n of ['Department of Defense', 'National Institutes of Health', 'Massachusetts Institute of Technology']) expect(find(es, n)?.type).toBe('organization');
    expect(names(es)).not.toContain('Defense');
  });

  it('keeps two bodies or a body and a firm apart across an ampersand', () => {
    const es = entitiesOf(['Work by Center for AI Safety & Scale AI introduced it. University of Toronto & Vector Institute helped.']);
    for (const n of ['Center for AI Safety', 'Scale AI', 'Vector Institute', 'University of Toronto']) expect(find(es, n)).toBeDefined();
  });

  it('takes no kind from an introduction that is a sentence about the kind, nor from investors', () => {
    expect(typeOf('Startups should avoid:\n\n- Kafka for tiny event volumes\n- Spark for small data', 'Kafka')).toBe('product');
    expect(typeOf('People often ask:\n\n- Dagster or Airflow for batch jobs?', 'Dagster')).toBe('product');
    expect(typeOf('Investors in the round:\n\n- Elad Gil\n- Sarah Guo', 'Elad Gil')).toBe('person');
  });

  it('keeps products that expand or add to their own platforms products, and an assistant that describes no person', () => {
    const es = entitiesOf(['**GitHub Actions** expanded its hosted runner platform to ARM.\n\n**Redis** added its new vector product last week.\n\n**Gemini Live** described the scene accurately.']);
    for (const n of ['GitHub Actions', 'Redis', 'Gemini Live']) expect(find(es, n)?.type).toBe('product');
  });

  it('keeps firms and products named like capes and oceans', () => {
    const es = entitiesOf(['Cape Privacy raised a seed round led by Boldstart. Lessons from Open Ocean, the startup that built marine drones. We host it on Digital Ocean.']);
    for (const n of ['Cape Privacy', 'Open Ocean', 'Digital Ocean']) expect(find(es, n)).toBeDefined();
  });

  it('reads no legal form into acronyms, no body into a product for a country, and no office into an editor', () => {
    const es = entitiesOf(['Patch your Cisco ASA now. They built a Svelte SPA. Uniswap LP positions fell.']);
    for (const n of ['Cisco ASA', 'Svelte SPA', 'Uniswap LP']) expect(find(es, n)?.type).not.toBe('company');
    expect(names(entitiesOf(['Google launched Gemini for India with local payments.']))).not.toContain('Gemini for India');
    expect(typeOf('In the editor, Cline suggests completions as you type. Cline is fast.', 'Cline')).toBe('product');
  });

  it("joins no acronym's products across an ampersand, finds no employer in head-of-line blocking, and keeps a library and firms' services", () => {
    const es = entitiesOf(['We use AWS Athena & Glue and GCP Firestore & Functions.']);
    expect(names(es)).not.toContain('AWS Athena & Glue');
    expect(find(entitiesOf(['We hit head of line blocking at Envoy under load.']), 'Envoy')?.type).not.toBe('company');
    expect(typeOf('We store secrets in Cabinet, a small Python library.', 'Cabinet')).toBe('product');
    const svc = entitiesOf(['Jakarta Messaging Service and Canadian Tire Financial Services were named.']);
    for (const n of ['Jakarta Messaging Service', 'Canadian Tire Financial Services']) expect(find(svc, n)?.type).not.toBe('organization');
  });
});
