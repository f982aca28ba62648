// A React 19 app that uses the bare tags: `civic-story/jsx` types them, nothing is declared here.
import 'civic-story';
import 'civic-story/jsx';
import { useRef, useState } from 'react';
import type { CivicTimeline, StoryDocument } from 'civic-story';

export function Story({ story }: { story: StoryDocument }) {
  const timeline = useRef<CivicTimeline>(null);
  const [name, setName] = useState<string>();
  const [problems, setProblems] = useState(0);
  return (
    <main>
      <p>{name}</p>
      <civic-city-profile
        data={story}
        variant="compact"
        facts="population,nationalities"
        heading-level={3}
        lang="nl"
        oncivic-load={(event) => setName(String(event.detail.document.city?.name))}
        oncivic-error={(event) => setProblems(event.detail.issues.length)}
      />
      <civic-timeline ref={timeline} src="/data/mechelen.json" order="newest" categories="housing,education" className="wide" />
      <civic-quote data={story} quote="motto" translation="toggle" variant="pull">
        <p>{problems}</p>
      </civic-quote>
      {/* @ts-expect-error: not a variant */}
      <civic-city-profile variant="wide" />
      {/* @ts-expect-error: heading levels are 2 to 6 */}
      <civic-timeline heading-level={7} />
      {/* @ts-expect-error: the detail of civic-load has no `message` */}
      <civic-quote oncivic-load={(event) => event.detail.message} />
    </main>
  );
}
