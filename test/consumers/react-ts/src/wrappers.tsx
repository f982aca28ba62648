// A React 19 app that uses the wrappers of civic-story/react (and, with them, the bare tags).
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CivicCityProfile, CivicQuote, CivicTimeline } from 'civic-story/react';
import type { CivicErrorDetail, CivicLoadDetail } from 'civic-story/react';
import type { CivicCityProfile as CityProfileElement, StoryDocument, ValidationIssue } from 'civic-story';

function App({ story }: { story: StoryDocument }) {
  const profile = useRef<CityProfileElement>(null);
  const [loaded, setLoaded] = useState<CivicLoadDetail>();
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const onError = (event: CustomEvent<CivicErrorDetail>) => setIssues(event.detail.issues);
  return (
    <>
      <CivicCityProfile
        ref={profile}
        data={story}
        variant="full"
        headingLevel={2}
        onCivicLoad={(event) => setLoaded(event.detail)}
        onCivicError={onError}
      />
      <CivicTimeline src="/data/mechelen.json" order="oldest" categories="safety" onCivicError={onError} className="timeline" />
      <CivicQuote data={story} quote="motto" translation="shown" lang="en" />
      <civic-quote data={story} quote={loaded?.document.quotes?.[0]?.id} />
      <p>{issues.length}</p>
      {/* @ts-expect-error: not a translation mode */}
      <CivicQuote translation="sometimes" />
      {/* @ts-expect-error: an event handler takes the event */}
      <CivicTimeline onCivicLoad={(detail: CivicLoadDetail) => detail.document} />
    </>
  );
}

const story: StoryDocument = { version: 1, city: { name: 'Mechelen' } };
createRoot(document.getElementById('root')!).render(<App story={story} />);
