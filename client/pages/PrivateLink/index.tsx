// "/r/:id": a participant's registration through its private link (token after `#`, never in
// the query string). Works offline from the copy last saved on this phone.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { usePageTitle } from '../../app/pageTitle';
import { usePrivateLink } from '../../actions/privateLink/usePrivateLink';
import Loading from '../../components/Loading';
import InvalidLink, { ClosedPage } from './InvalidLink';
import { forgetTakenToken, takeLinkParts, tokenFromHash, type LinkParts } from './linkAddress';
import Manage from './Manage';
import Unreachable from './Unreachable';
import { t } from '../../i18n';

export default function PrivateLinkPage({ id, locale }: { id: string; locale: Locale }) {
  // Read once, before anything else: the token leaves the address bar at once.
  const [link, setLink] = useState(takeLinkParts);
  // A link pasted over this very page only changes the part after `#`: no new page is drawn.
  useEffect(() => {
    const onHash = () => {
      if (tokenFromHash(window.location.hash)) setLink(takeLinkParts());
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const [forgotten, setForgotten] = useState(false);
  const [erased, setErased] = useState(false);

  if (erased) {
    return (
      <ClosedPage
        title={t('registration:erasedTitle', undefined, locale)}
        body={t('registration:erasedBody', undefined, locale)}
        locale={locale}
        tone="info"
      />
    );
  }
  if (forgotten) {
    return (
      <ClosedPage
        title={t('registration:forgottenTitle', undefined, locale)}
        body={t('registration:forgottenBody', undefined, locale)}
        locale={locale}
        tone="info"
      />
    );
  }
  return (
    <LinkScreen
      id={id}
      link={link}
      locale={locale}
      onForgotten={() => {
        forgetTakenToken();
        setForgotten(true);
      }}
      onErased={() => {
        forgetTakenToken();
        setErased(true);
      }}
    />
  );
}

/** Gone once the data is deleted from the phone: nothing may read or save it again after. */
function LinkScreen({
  id,
  link,
  locale,
  onForgotten,
  onErased,
}: {
  id: string;
  link: LinkParts;
  locale: Locale;
  onForgotten: () => void;
  onErased: () => void;
}) {
  const { state, actions, entriesKnown, retry } = usePrivateLink(id, link.token, locale);
  usePageTitle(
    state.kind === 'loading'
      ? null
      : t(
          state.kind === 'invalid' ? 'registration:invalidTitle' : 'registration:title',
          undefined,
          locale,
        ),
  );

  if (state.kind === 'loading' || !entriesKnown) return <Loading />;
  if (state.kind === 'invalid') return <InvalidLink locale={locale} />;
  if (state.kind === 'offline') return <Unreachable locale={locale} onRetry={retry} />;
  if (state.kind === 'error') {
    return <Unreachable message={state.message} locale={locale} onRetry={retry} />;
  }
  return (
    <Manage
      copy={state.copy}
      fresh={state.fresh}
      actions={actions}
      locale={locale}
      initialAction={link.action}
      onForgotten={onForgotten}
      onErased={onErased}
    />
  );
}
