import { PlaceholderPage } from '../placeholder/placeholder-page';

export function MediationPage() {
  return <PlaceholderPage titleKey="nav.mediation" />;
}
